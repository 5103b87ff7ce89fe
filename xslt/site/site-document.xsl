<?xml version="1.0" encoding="UTF-8"?>
<!--
  A document page of the static site, documents/<id>.html: the HTML edition of ../html/html.xsl
  (text with the view switch, notes, register of the document), taken from the page already
  rendered, in the site's layout, with the citation meta tags (Highwire/Zotero), a how-to-cite
  line with the page's stable address, links to the downloads and to the previous and next
  documents in date order. Names in the text link to their entries' pages
  (../persons/<entry-id>.html ...); every name keeps the id the index pages link to (ed-name-N,
  numbered as in site-summary.xsl), every passage the id the search links to (html-passages.xsl).

  Input: a TEI document (for the metadata). Parameters: $id (the document's id, from the Java
  side), $site (the site summary, site.xml) and $edition (the document's HTML edition).
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

  <!-- the document's id: the name of its page and downloads -->
  <xsl:param name="id" as="xs:string" required="yes"/>
  <!-- the site summary (site.xml): documents in date order, the edition's title and address -->
  <xsl:param name="site" as="document-node()" required="yes"/>
  <!-- the HTML edition of the document (../html/html.xsl): its header, text, notes, register and
       footer are the page's, so that the text is rendered once for both -->
  <xsl:param name="edition" as="document-node()" required="yes"/>

  <xsl:key name="s:documents" match="document" use="@id"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="tei" as="element()" select="*"/>
    <xsl:variable name="me" as="element(document)?" select="key('s:documents', $id, $site)"/>
    <xsl:variable name="body" as="element()" select="$edition/*:html/*:body"/>
    <xsl:variable name="header" as="element()" select="$body/*:header"/>
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
            <xsl:apply-templates select="$header/*[not(@class = ('ed-cite', 'ed-switch'))]" mode="s:edition">
              <xsl:with-param name="s:tei" select="root($tei)" tunnel="yes"/>
            </xsl:apply-templates>
            <xsl:sequence select="s:cite($tei, $site)"/>
            <xsl:sequence select="s:downloads()"/>
            <xsl:sequence select="s:neighbours($me)"/>
            <xsl:apply-templates select="$header/*[@class = 'ed-switch']" mode="s:edition"/>
          </header>
          <div id="ed-text" class="ed-text">
            <xsl:apply-templates select="$body/*:main/*[1]" mode="s:edition">
              <xsl:with-param name="s:tei" select="root($tei)" tunnel="yes"/>
            </xsl:apply-templates>
          </div>
          <!-- the notes -->
          <xsl:apply-templates select="$body/*:main/*[position() gt 1]" mode="s:edition">
            <xsl:with-param name="s:tei" select="root($tei)" tunnel="yes"/>
          </xsl:apply-templates>
          <xsl:apply-templates select="$body/*:footer" mode="s:edition"/>
        </main>
        <xsl:apply-templates select="$body/*:aside" mode="s:edition">
          <xsl:with-param name="s:tei" select="root($tei)" tunnel="yes"/>
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

  <!-- The parts of the HTML edition, copied into the page as they are, but for the links to
       register entries. -->
  <xsl:mode name="s:edition" on-no-match="shallow-copy"/>

  <!-- A name in the text (and the small link after a name that contains names) points to its
       entry's page in the index of its kind, not to the entry in the page's register. -->
  <xsl:template match="*:a[starts-with(@href, '#')]" mode="s:edition" as="element()">
    <xsl:param name="s:tei" as="document-node()" tunnel="yes"/>
    <xsl:variable name="kind" select="s:entry-kind(substring(@href, 2), $s:tei)"/>
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:if test="exists($kind)">
        <xsl:attribute name="href" select="'../' || s:entry-href($kind, substring(@href, 2))"/>
      </xsl:if>
      <xsl:apply-templates mode="s:edition"/>
    </xsl:copy>
  </xsl:template>

  <!-- An entry of the document's register links to the same entry in the whole edition. -->
  <xsl:template match="*:p[@class = 'ed-entry-head'][../@id]" mode="s:edition" as="element()">
    <xsl:param name="s:tei" as="document-node()" tunnel="yes"/>
    <xsl:variable name="kind" select="s:entry-kind(../@id, $s:tei)"/>
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates mode="s:edition"/>
      <xsl:if test="exists($kind)">
        <xsl:text> </xsl:text>
        <a class="site-entry-index" href="../{s:entry-href($kind, ../@id)}">all mentions in the edition</a>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <!-- The kind of the register entry with this id in the document's standOff (person, place,
       organization); nothing if there is no such entry. -->
  <xsl:function name="s:entry-kind" as="xs:string?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="key('h:entries', $id, $tei)[1] ! $h:kinds(local-name())"/>
  </xsl:function>

</xsl:stylesheet>
