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
  <xsl:variable name="h:view-labels" as="map(xs:string, xs:string)" select="map {
    'bracketed': 'Bracketed', 'reading': 'Reading', 'diplomatic': 'Diplomatic' }"/>
  <xsl:variable name="h:view-help" as="map(xs:string, xs:string)" select="map {
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
    <xsl:variable name="page" as="element()">
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
        </main>
        <xsl:apply-templates select="$tei/tei:standOff" mode="h:register">
          <xsl:with-param name="h:names" select="$names" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:apply-templates select="$tei/tei:teiHeader" mode="h:footer"/>
      </body>
    </html>
    </xsl:variable>
    <xsl:apply-templates select="$page" mode="h:layout">
      <xsl:with-param name="h:copy-phrasing" select="true()" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- Indentation that cannot change the rendering: a line break before each child of an element
       whose children are all blocks (and of html, head and body), never inside phrasing content. -->
  <xsl:variable name="h:blocks" as="xs:string+" select="(
    'html', 'head', 'body', 'header', 'main', 'aside', 'footer', 'section', 'nav', 'div', 'p',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'caption',
    'thead', 'tbody', 'tr', 'td', 'th', 'details', 'summary', 'meta', 'title', 'style', 'link',
    'blockquote')"/>

  <xsl:variable name="h:block-set" as="map(xs:string, xs:boolean)"
      select="map:merge($h:blocks ! map:entry(., true()))"/>

  <!-- the line break and indentation before a child at each depth, made once -->
  <xsl:variable name="h:indents" as="xs:string+"
      select="(0 to 40) ! ('&#10;' || string-join((0 to .) ! '  '))"/>

  <xsl:function name="h:indent" as="xs:string">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:sequence select="if ($depth ge 0 and $depth le 40) then $h:indents[$depth + 1]
                          else '&#10;' || string-join((0 to $depth) ! '  ')"/>
  </xsl:function>

  <!-- $h:copy-phrasing: an element without any block inside (nothing to indent) is copied whole,
       not node by node. Only for the page of this stylesheet: a stylesheet that adds templates to
       h:layout (the site's) needs them applied to every node. -->
  <xsl:template match="*" mode="h:layout" as="element()">
    <xsl:param name="depth" as="xs:integer" select="0" tunnel="yes"/>
    <xsl:param name="h:copy-phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$h:copy-phrasing and not(local-name() = ('html', 'head', 'body'))
                      and not(.//*[map:contains($h:block-set, local-name())])">
        <xsl:copy-of select="."/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="h:layout">
          <xsl:with-param name="depth" select="$depth"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the context element, its children indented if they are all blocks -->
  <xsl:template name="h:layout" as="element()">
    <xsl:context-item as="element()" use="required"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:choose>
        <xsl:when test="empty(*)">
          <!-- no element inside: nothing to indent, and no template to apply -->
          <xsl:copy-of select="node()"/>
        </xsl:when>
        <xsl:when test="not(text()[normalize-space()])
                        and (local-name() = ('html', 'head', 'body')
                             or (every $c in * satisfies map:contains($h:block-set, local-name($c))))">
          <xsl:variable name="indent" select="h:indent($depth)"/>
          <xsl:for-each select="*">
            <xsl:value-of select="$indent"/>
            <xsl:apply-templates select="." mode="h:layout">
              <xsl:with-param name="depth" select="$depth + 1" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:for-each>
          <xsl:value-of select="h:indent($depth - 1)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="h:layout"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:copy>
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
