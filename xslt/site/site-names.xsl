<?xml version="1.0" encoding="UTF-8"?>
<!--
  An index of names: persons.html, places.html or organizations.html. Each entry of the register
  of that kind, by preferred name: its other forms, authority identifiers as links and other facts
  (rendered by the register templates of ../html/html-register.xsl), then every mention in the
  edition, by document in date order, each linking to the exact name on the document's page
  (documents/<id>.html#<mention-id>). The entry's id is the register's xml:id, so that document
  pages link to persons.html#<entry-id>.

  Input: the site summary, site.xml. Parameters: $kind (person, place or organization) and
  $register (the whole register, output/tei/register.xml).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:s="urn:x-edition:xslt:site"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../html/html.xsl"/>
  <xsl:include href="site-layout.xsl"/>

  <!-- person | place | organization -->
  <xsl:param name="kind" as="xs:string" required="yes"/>
  <!-- the whole register (TEI, standOff with listPerson, listPlace, listOrg) -->
  <xsl:param name="register" as="document-node()" required="yes"/>

  <xsl:key name="s:mentions" match="mention" use="@ref"/>

  <xsl:variable name="s:headings" as="map(xs:string, xs:string)" select="map {
    'person': 'Persons', 'place': 'Places', 'organization': 'Organizations' }"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="site" select="."/>
    <xsl:variable name="entries" as="element()*">
      <xsl:perform-sort select="$register//tei:standOff//(tei:person | tei:place | tei:org)
                                [@xml:id][$h:kinds(local-name()) eq $kind]">
        <xsl:sort select="lower-case(h:preferred(.))"/>
        <xsl:sort select="@xml:id"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$site"/>
      <xsl:with-param name="title" select="$s:headings($kind)"/>
      <xsl:with-param name="current" select="$s:index-files($kind)"/>
      <xsl:with-param name="content" as="element()">
        <main id="main" class="site-main site-index site-index-{$kind}">
          <h1>{$s:headings($kind)}</h1>
          <p class="site-index-intro">{count($entries)} entr{if (count($entries) eq 1) then 'y' else 'ies'} of the
            register. Each lists the forms of the name, its identifiers in authority files, and every mention
            in the documents of the edition; a mention's number links to the name in the text.</p>
          <xsl:if test="count($entries) gt 1">
            <nav class="site-entry-list" aria-label="{$s:headings($kind)} in this index">
              <ul>
                <xsl:for-each select="$entries">
                  <li><a href="#{@xml:id}">{h:preferred(.)}</a></li>
                </xsl:for-each>
              </ul>
            </nav>
          </xsl:if>
          <xsl:if test="exists($entries)">
            <ul class="ed-entries site-entries">
              <xsl:for-each select="$entries">
                <xsl:sequence select="s:entry(., key('s:mentions', string(@xml:id), $site))"/>
              </xsl:for-each>
            </ul>
          </xsl:if>
        </main>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- An entry as the document pages' register shows it, with the edition's mentions added. -->
  <xsl:function name="s:entry" as="element()">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="mentions" as="element(mention)*"/>
    <xsl:variable name="li" as="element()">
      <xsl:apply-templates select="$entry" mode="h:register">
        <xsl:with-param name="h:names" select="map {}" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <li>
      <xsl:sequence select="$li/@*, $li/node()"/>
      <xsl:choose>
        <xsl:when test="empty($mentions)">
          <p class="site-mentions site-mentions-none">Not mentioned in the documents of this edition.</p>
        </xsl:when>
        <xsl:otherwise>
          <p class="site-mentions">{count($mentions)} mention{'s'[count($mentions) ne 1]} in {
            count($mentions/..)} document{'s'[count($mentions/..) ne 1]}:</p>
          <ul class="site-mention-documents">
            <xsl:for-each-group select="$mentions" group-adjacent="generate-id(..)">
              <xsl:variable name="document" select=".."/>
              <li>
                <a href="{s:document-href($document)}">{$document/title}</a>
                <span class="site-mention-date"> ({s:date-label($document)})</span>
                <xsl:text>: </xsl:text>
                <xsl:for-each select="current-group()">
                  <xsl:if test="position() gt 1">
                    <xsl:text> </xsl:text>
                  </xsl:if>
                  <a class="site-mention" href="{s:document-href($document)}#{@id}" title="{.}"><span
                      class="ed-visually-hidden">mention </span>{position()}</a>
                </xsl:for-each>
              </li>
            </xsl:for-each-group>
          </ul>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:function>

</xsl:stylesheet>
