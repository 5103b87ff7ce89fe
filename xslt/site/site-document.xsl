<?xml version="1.0" encoding="UTF-8"?>
<!--
  A document page of the static site, documents/<id>.html: the HTML edition of ../html/html.xsl
  (text with the view switch, notes, register of the document) in the site's layout, with the
  citation meta tags (Highwire/Zotero), a how-to-cite line with the page's stable address, links
  to the downloads and to the previous and next documents in date order. Names in the text link to
  their entries' pages (../persons/<entry-id>.html ...); every name keeps the id the
  index pages link to (ed-name-N, numbered as in site-summary.xsl).

  Input: a TEI document. Parameters: $id (the document's id, from the Java side) and $site (the
  site summary, site.xml). Overrides the page template of html-page.xsl, and h:entry-href and
  h:entry-head-more of html-register.xsl, so that names link to the entries' pages.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:s="urn:x-edition:xslt:site"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../html/html.xsl"/>
  <xsl:include href="site-layout.xsl"/>
  <xsl:include href="site-passages.xsl"/>

  <!-- the document's id: the name of its page and downloads -->
  <xsl:param name="id" as="xs:string" required="yes"/>
  <!-- the site summary (site.xml): documents in date order, the edition's title and address -->
  <xsl:param name="site" as="document-node()" required="yes"/>

  <xsl:key name="s:documents" match="document" use="@id"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="tei" as="element()" select="*"/>
    <xsl:variable name="text" select="$tei/tei:text"/>
    <xsl:variable name="me" as="element(document)?" select="key('s:documents', $id, $site)"/>
    <xsl:variable name="names" as="map(xs:string, xs:integer)"
        select="h:numbered($text//(tei:persName | tei:placeName | tei:orgName))"/>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$site"/>
      <xsl:with-param name="title" select="h:title($tei)"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="current" select="'document'"/>
      <xsl:with-param name="lang" select="($tei/@xml:lang, 'en')[1]"/>
      <xsl:with-param name="head" select="s:citation-meta($tei, $site)"/>
      <xsl:with-param name="before-header" as="element()+">
        <xsl:for-each select="$h:views">
          <input type="radio" name="view" id="view-{.}" class="ed-view-input" aria-describedby="ed-help-{.}">
            <xsl:if test=". eq $view">
              <xsl:attribute name="checked" select="'checked'"/>
            </xsl:if>
          </input>
        </xsl:for-each>
      </xsl:with-param>
      <xsl:with-param name="content" as="element()+">
        <main id="main" class="site-main site-document tei-TEI">
          <header class="tei-teiHeader ed-header">
            <xsl:variable name="parts" as="element()*">
              <xsl:apply-templates select="$tei/tei:teiHeader" mode="h:header"/>
            </xsl:variable>
            <xsl:sequence select="$parts[not(@class = 'ed-cite')]"/>
            <xsl:sequence select="s:cite($tei, $site)"/>
            <xsl:sequence select="s:downloads()"/>
            <xsl:sequence select="s:neighbours($me)"/>
            <xsl:call-template name="h:view-switch"/>
          </header>
          <div id="ed-text" class="ed-text">
            <xsl:apply-templates select="$text" mode="h:block">
              <xsl:with-param name="h:names" select="$names" tunnel="yes"/>
              <xsl:with-param name="s:passage-ids" select="s:passage-ids($text)" tunnel="yes"/>
            </xsl:apply-templates>
          </div>
          <xsl:call-template name="h:endnotes">
            <xsl:with-param name="text" select="$text"/>
            <xsl:with-param name="h:names" select="$names" tunnel="yes"/>
          </xsl:call-template>
          <xsl:apply-templates select="$tei/tei:teiHeader" mode="h:footer"/>
        </main>
        <xsl:apply-templates select="$tei/tei:standOff" mode="h:register">
          <xsl:with-param name="h:names" select="$names" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The address of this page: absolute when edition.yaml gives the site's url, else relative to
       the site's top. -->
  <xsl:function name="s:page-url" as="xs:string">
    <xsl:param name="site" as="document-node()"/>
    <xsl:variable name="base" select="string($site/site/@url)"/>
    <xsl:sequence select="(if ($base eq '' or ends-with($base, '/')) then $base else $base || '/')
                          || 'documents/' || encode-for-uri($id) || '.html'"/>
  </xsl:function>

  <!-- Highwire Press tags, read by Zotero and by Google Scholar. -->
  <xsl:function name="s:citation-meta" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="site" as="document-node()"/>
    <xsl:variable name="header" select="$tei/tei:teiHeader"/>
    <xsl:variable name="when" select="h:datetime($header/tei:profileDesc/tei:creation/tei:date[1]/@when)"/>
    <meta name="citation_title" content="{h:title($tei)}"/>
    <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author[normalize-space()]">
      <meta name="citation_author" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:if test="exists($when)">
      <meta name="citation_date" content="{translate($when, '-', '/')}"/>
    </xsl:if>
    <xsl:for-each select="($header/tei:fileDesc/tei:publicationStmt/tei:publisher[normalize-space()],
                           $site/site/@publisher[normalize-space()])[1]">
      <meta name="citation_publisher" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <meta name="citation_inbook_title" content="{s:edition-title($site)}"/>
    <meta name="citation_language" content="{($tei/@xml:lang, 'en')[1]}"/>
    <xsl:if test="normalize-space($site/site/@url)">
      <meta name="citation_public_url" content="{s:page-url($site)}"/>
      <link rel="canonical" href="{s:page-url($site)}"/>
    </xsl:if>
    <meta name="citation_xml_url" content="../downloads/{encode-for-uri($id)}.xml"/>
  </xsl:function>

  <!-- How to cite: title, translator, the edition, its publisher, the stable address. -->
  <xsl:function name="s:cite" as="element()">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="site" as="document-node()"/>
    <xsl:variable name="file" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="translator" select="$file/tei:titleStmt/tei:respStmt[@xml:id = 'translator']/tei:persName"/>
    <p class="ed-cite site-cite" id="site-cite">
      <span class="ed-cite-label">How to cite: </span>
      <cite>{h:title($tei) => replace('\.$', '')}</cite>
      <xsl:text>. </xsl:text>
      <xsl:value-of select="$translator ! ('Translated by ' || normalize-space(.) || '. ')" separator=""/>
      <xsl:text>In: </xsl:text>
      <i>{s:edition-title($site)}</i>
      <xsl:text>. </xsl:text>
      <xsl:value-of select="h:joined(($file/tei:publicationStmt/tei:publisher), ', ') ! (. || '. ')"/>
      <a class="site-cite-url" href="{encode-for-uri($id)}.html">{s:page-url($site)}</a>
      <xsl:text>.</xsl:text>
    </p>
  </xsl:function>

  <!-- The downloads of this document: the TEI source and the three plain-text views. -->
  <xsl:function name="s:downloads" as="element()">
    <xsl:variable name="file" select="'../downloads/' || encode-for-uri($id)"/>
    <div class="site-downloads">
      <h2 id="site-downloads-title" class="site-small-heading">Download</h2>
      <ul aria-labelledby="site-downloads-title">
        <li><a id="site-download-tei" href="{$file}.xml" type="application/tei+xml">TEI P5 (XML)</a></li>
        <li><a id="site-download-text" href="{$file}.txt" type="text/plain">Text, bracketed</a></li>
        <li><a href="{$file}.reading.txt" type="text/plain">Text, reading</a></li>
        <li><a href="{$file}.diplomatic.txt" type="text/plain">Text, diplomatic</a></li>
      </ul>
    </div>
  </xsl:function>

  <!-- The previous and next documents in date order (site.xml lists them in that order). -->
  <xsl:function name="s:neighbours" as="element()?">
    <xsl:param name="me" as="element(document)?"/>
    <xsl:variable name="previous" select="$me/preceding-sibling::document[1]"/>
    <xsl:variable name="next" select="$me/following-sibling::document[1]"/>
    <xsl:if test="exists(($previous, $next))">
      <nav class="site-neighbours" aria-label="Documents in date order">
        <ul>
          <xsl:for-each select="$previous">
            <li class="site-previous"><a id="site-previous" rel="prev" href="{encode-for-uri(@id)}.html"><span
                class="site-neighbour-label">Previous: </span>{s:date-label(.)}, {title}</a></li>
          </xsl:for-each>
          <xsl:for-each select="$next">
            <li class="site-next"><a id="site-next" rel="next" href="{encode-for-uri(@id)}.html"><span
                class="site-neighbour-label">Next: </span>{s:date-label(.)}, {title}</a></li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:function>

  <!-- A passage of the text gets the id the search links to (site-passages.xsl). -->
  <xsl:template mode="h:block" priority="10" as="node()*"
      match="tei:head | tei:p | tei:item | tei:salute | tei:dateline | tei:signed | tei:seg | tei:row">
    <xsl:param name="s:passage-ids" as="map(xs:string, xs:string)" select="map {}" tunnel="yes"/>
    <xsl:variable name="rendered" as="node()*">
      <xsl:next-match/>
    </xsl:variable>
    <xsl:variable name="id" select="$s:passage-ids(generate-id())"/>
    <xsl:choose>
      <xsl:when test="exists($id) and count($rendered) eq 1 and $rendered instance of element() and not($rendered/@id)">
        <xsl:element name="{local-name($rendered)}" namespace="{namespace-uri($rendered)}">
          <xsl:attribute name="id" select="$id"/>
          <xsl:sequence select="$rendered/@*, $rendered/node()"/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$rendered"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A name in the text (and the small link after a name that contains names) points to its
       entry's page in the index of its kind. -->
  <xsl:function name="h:entry-href" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="kind" select="$h:kinds(local-name($entry))"/>
    <xsl:sequence select="if (exists($kind) and $entry/@xml:id)
                          then '../' || s:entry-href($kind, $entry/@xml:id) else '#' || $entry/@xml:id"/>
  </xsl:function>

  <!-- An entry of the document's register links to the same entry in the whole edition. -->
  <xsl:template name="h:entry-head-more" as="node()*">
    <xsl:context-item as="element()" use="required"/>
    <xsl:variable name="kind" select="$h:kinds(local-name())"/>
    <xsl:if test="exists($kind) and @xml:id">
      <xsl:text> </xsl:text>
      <a class="site-entry-index" href="../{s:entry-href($kind, @xml:id)}">all mentions in the edition</a>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
