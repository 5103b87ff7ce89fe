<?xml version="1.0" encoding="UTF-8"?>
<!--
  The chronology, chronology.html: the documents by year, in date order, undated ones last, with
  links to each year from the top of the page.

  Input: the site summary, site.xml (documents in date order).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:s="urn:x-edition:xslt:site"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../html/html.xsl"/>
  <xsl:include href="site-layout.xsl"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="site" select="."/>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$site"/>
      <xsl:with-param name="title" select="'Chronology'"/>
      <xsl:with-param name="current" select="'chronology.html'"/>
      <xsl:with-param name="content" as="element()">
        <main id="main" class="site-main site-chronology">
          <h1>Chronology</h1>
          <xsl:variable name="years" as="element()*">
            <xsl:for-each-group select="site/document" group-adjacent="(@date ! substring(., 1, 4), 'undated')[1]">
              <section class="site-year" id="year-{current-grouping-key()}" aria-labelledby="year-{current-grouping-key()}-title">
                <h2 id="year-{current-grouping-key()}-title">{if (current-grouping-key() eq 'undated') then 'Undated'
                  else current-grouping-key()}</h2>
                <ol class="site-timeline">
                  <xsl:for-each select="current-group()">
                    <li>
                      <xsl:choose>
                        <xsl:when test="@date">
                          <time class="site-when" datetime="{@date}">{s:date-label(.)}</time>
                        </xsl:when>
                        <xsl:otherwise>
                          <span class="site-when">{s:date-label(.)}</span>
                        </xsl:otherwise>
                      </xsl:choose>
                      <xsl:text> </xsl:text>
                      <a href="{s:document-href(.)}">{title}</a>
                      <span class="site-type"> ({@type})</span>
                    </li>
                  </xsl:for-each>
                </ol>
              </section>
            </xsl:for-each-group>
          </xsl:variable>
          <nav class="site-years" aria-label="Years">
            <ul>
              <xsl:for-each select="$years">
                <li><a href="#{@id}">{*:h2}</a></li>
              </xsl:for-each>
            </ul>
          </nav>
          <xsl:sequence select="$years"/>
        </main>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
