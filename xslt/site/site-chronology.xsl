<?xml version="1.0" encoding="UTF-8"?>
<!--
  The chronology, chronology.html: the documents by year, in date order, undated ones last, with
  links to each year from the top of the page. An edition of more documents than a page lists
  (SiteSettings.documentsPerPage) has further pages, chronology-2.html ..., each made from its part
  of the summary; the years link to the page where each begins.

  Input: one part of the site summary, site-<n>.xml (documents in date order); $edition: site.xml,
  the digest of the whole edition.
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

  <!-- site.xml: the settings and the digest of the whole edition (years, parts) -->
  <xsl:param name="edition" as="document-node()" required="yes"/>
  <!-- which page of the chronology this is: the number of its part (from 1) -->
  <xsl:param name="page" as="xs:integer" select="1"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="digest" select="$edition/site"/>
    <xsl:variable name="part" select="$digest/part[@n = $page]"/>
    <xsl:variable name="n" select="$page"/>
    <xsl:variable name="title" select="'Chronology' || (', documents ' || s:part-range($part))[$n gt 1]"/>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$edition"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="current" select="($part/@chronology, 'chronology.html')[1]"/>
      <xsl:with-param name="content" as="element()">
        <main id="main" class="site-main site-chronology">
          <h1>{$title}</h1>
          <nav class="site-years" aria-label="Years">
            <ul>
              <xsl:for-each select="$digest/year">
                <xsl:variable name="page" select="if (xs:integer(@part) eq $n) then ''
                  else $digest/part[@n = current()/@part]/@chronology"/>
                <li><a href="{$page}#year-{@name}">{if (@name eq 'undated') then 'Undated' else @name}</a></li>
              </xsl:for-each>
            </ul>
          </nav>
          <xsl:call-template name="s:parts">
            <xsl:with-param name="digest" select="$digest"/>
            <xsl:with-param name="current" select="$n"/>
            <xsl:with-param name="page" select="'chronology'"/>
            <xsl:with-param name="label" select="'Pages of the chronology'"/>
          </xsl:call-template>
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
        </main>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
