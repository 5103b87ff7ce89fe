<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page: head with the inline CSS, the view switch, and the landmarks (header, main with the
  text and its notes, aside with the register, footer).

  The view switch needs no script: three radio inputs come first in <body>, before the header,
  main, aside and footer they control, so that CSS reaches the text with the sibling combinator
  (#view-reading:checked ~ * .ed-v:not(.ed-in-reading) { display: none }). The inputs are
  visually hidden but focusable; their labels, in the header, are the visible control.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- What each view is, as ../common/editorial.xsl defines it. -->
  <xsl:variable name="h:view-labels" as="map(xs:string, xs:string)" static="yes" select="map {
    'bracketed': 'Bracketed', 'reading': 'Reading', 'diplomatic': 'Diplomatic' }"/>
  <xsl:variable name="h:view-help" as="map(xs:string, xs:string)" static="yes" select="map {
    'bracketed': 'The translation as the translator wrote it: every intervention with its brackets.',
    'reading': 'Clean text: supplied words merged, markers gone, omissions as […].',
    'diplomatic': 'Only what the source says: supplied text left out, a mark where it was.' }"/>

  <xsl:template match="/" as="element()">
    <xsl:if test="not($view = $h:views)">
      <xsl:message terminate="yes">ERROR: view must be one of {string-join($h:views, ', ')}, not '{$view}'</xsl:message>
    </xsl:if>
    <xsl:variable name="tei" as="element()" select="*"/>
    <xsl:variable name="text" select="$tei/tei:text"/>
    <!-- the numbers of the name mentions, in document order -->
    <xsl:variable name="names" as="map(xs:string, xs:integer)"
        select="h:numbered($text//(tei:persName | tei:placeName | tei:orgName))"/>
    <html lang="{($tei/@xml:lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{h:title($tei)}</title>
        <xsl:call-template name="h:css"/>
      </head>
      <body>
        <xsl:sequence select="h:class(('tei-' || local-name($tei)))"/>
        <xsl:if test="$tei/@xml:id">
          <xsl:attribute name="id" select="$tei/@xml:id"/>
        </xsl:if>
        <a class="ed-skip" href="#ed-text">Skip to the text</a>
        <xsl:for-each select="$h:views">
          <input type="radio" name="view" id="view-{.}" class="ed-view-input"
              aria-describedby="ed-help-{.}">
            <xsl:if test=". eq $view">
              <xsl:attribute name="checked" select="'checked'"/>
            </xsl:if>
          </input>
        </xsl:for-each>
        <header class="tei-teiHeader ed-header">
          <xsl:apply-templates select="$tei/tei:teiHeader" mode="h:header"/>
          <xsl:call-template name="h:view-switch"/>
        </header>
        <main id="ed-text" class="ed-main">
          <xsl:apply-templates select="$text" mode="h:block">
            <xsl:with-param name="h:names" select="$names" tunnel="yes"/>
          </xsl:apply-templates>
          <xsl:call-template name="h:endnotes">
            <xsl:with-param name="text" select="$text"/>
            <xsl:with-param name="h:names" select="$names" tunnel="yes"/>
          </xsl:call-template>
          <xsl:call-template name="h:footnotes">
            <xsl:with-param name="text" select="$text"/>
            <xsl:with-param name="h:names" select="$names" tunnel="yes"/>
          </xsl:call-template>
        </main>
        <xsl:apply-templates select="$tei/tei:standOff" mode="h:register">
          <xsl:with-param name="h:names" select="$names" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:apply-templates select="$tei/tei:teiHeader" mode="h:footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- The position of each node in a sequence, keyed by its generate-id() (used as a key only). -->
  <xsl:function name="h:numbered" as="map(xs:string, xs:integer)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="map:merge(
      for $i in 1 to count($nodes) return map:entry(generate-id($nodes[$i]), $i))"/>
  </xsl:function>

  <!-- The CSS: linked when css-href is given, else read from css-source and inlined. -->
  <xsl:template name="h:css" as="element()?">
    <xsl:choose>
      <xsl:when test="$css-href ne ''">
        <link rel="stylesheet" href="{$css-href}"/>
      </xsl:when>
      <xsl:when test="$css-source eq $h:css-default-source and exists($h:css-default)">
        <style>{$h:css-default}</style>
      </xsl:when>
      <xsl:when test="unparsed-text-available($css-source)">
        <xsl:variable name="css" select="unparsed-text($css-source)"/>
        <xsl:if test="matches($css, '[&lt;&gt;&amp;]')">
          <xsl:message>WARNING: {$css-source} contains &lt;, &gt; or &amp;, which XHTML output escapes inside style</xsl:message>
        </xsl:if>
        <style>{$css}</style>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message>WARNING: cannot read the stylesheet {$css-source}; the page is not styled</xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The visible control: one label per radio input, and what the chosen view is. -->
  <xsl:template name="h:view-switch" as="element()">
    <div class="ed-switch" role="group" aria-labelledby="ed-switch-label">
      <span id="ed-switch-label" class="ed-switch-label">View of the text</span>
      <xsl:for-each select="$h:views">
        <label for="view-{.}" class="ed-switch-option ed-switch-{.}">{$h:view-labels(.)}</label>
      </xsl:for-each>
      <xsl:for-each select="$h:views">
        <p id="ed-help-{.}" class="ed-view-help {h:in-views(.)}">{$h:view-help(.)}</p>
      </xsl:for-each>
    </div>
  </xsl:template>

</xsl:stylesheet>
