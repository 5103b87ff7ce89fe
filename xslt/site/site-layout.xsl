<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shell every page of the static site shares: head (title, the one CSS file, optional script),
  a skip link, the site header with the navigation, the page's own content, the site footer.
  Links are relative: $root is '' for pages at the top of the site and '../' for documents/.

  Expects from the including stylesheet: ../html/html.xsl imported.
  A site summary with the edition's settings on its root (site.xml, the digest of the edition, or
  a part of it, written by the Java side) is passed in as $site.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:s="urn:x-edition:xslt:site"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:output method="xhtml" html-version="5.0" encoding="UTF-8" omit-xml-declaration="yes"
      include-content-type="no" indent="yes"/>

  <!-- the pages of the navigation, in order: file name and label -->
  <xsl:variable name="s:nav" as="map(xs:string, xs:string)*" select="
    map { 'file': 'index.html', 'label': 'Documents' },
    map { 'file': 'chronology.html', 'label': 'Chronology' },
    map { 'file': 'persons.html', 'label': 'Persons' },
    map { 'file': 'places.html', 'label': 'Places' },
    map { 'file': 'organizations.html', 'label': 'Organizations' },
    map { 'file': 'search.html', 'label': 'Search' },
    map { 'file': 'about.html', 'label': 'About' }"/>

  <!-- the index page of each kind of name -->
  <xsl:variable name="s:index-files" as="map(xs:string, xs:string)" select="map {
    'person': 'persons.html', 'place': 'places.html', 'organization': 'organizations.html' }"/>

  <!-- The page of a register entry, from a page at the top of the site: persons/<id>.html, and
       persons/<id>~2.html ... for its later pages. -->
  <xsl:function name="s:entry-href" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="page" as="xs:integer"/>
    <xsl:sequence select="substring-before($s:index-files($kind), '.html') || '/' || encode-for-uri($id)
                          || ('~' || $page)[$page gt 1] || '.html'"/>
  </xsl:function>

  <xsl:function name="s:entry-href" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="s:entry-href($kind, $id, 1)"/>
  </xsl:function>

  <!-- The edition's title, from edition.yaml (key edition), else a neutral one. -->
  <xsl:function name="s:edition-title" as="xs:string">
    <xsl:param name="site" as="document-node()"/>
    <xsl:sequence select="($site/site/@title[normalize-space()], 'Edition')[1]"/>
  </xsl:function>

  <!-- The authority files (keys of $h:authorities) that entries the edition mentions are identified
       in, each of which gets a BEACON link dump, beacon-<authority>.txt: only where edition.yaml
       gives the site's url, since the links of a dump must be absolute. -->
  <xsl:function name="s:beacon-authorities" as="xs:string*">
    <xsl:param name="register" as="document-node()"/>
    <xsl:param name="site" as="document-node()"/>
    <xsl:sequence select="if (normalize-space($site/site/@url) eq '') then ()
        else sort(distinct-values(s:identifiers($register, $site) ! lower-case(@type)))"/>
  </xsl:function>

  <xsl:function name="s:beacon-file" as="xs:string">
    <xsl:param name="authority" as="xs:string"/>
    <xsl:sequence select="'beacon-' || $authority || '.txt'"/>
  </xsl:function>

  <!-- The identifiers, in an authority file Edition knows, of the register's entries that the
       edition mentions (named in site.xml, counted in entries.xml), as its own identifier or a link
       to its record that gives it. -->
  <xsl:function name="s:identifiers" as="element()*">
    <xsl:param name="register" as="document-node()"/>
    <xsl:param name="site" as="document-node()"/>
    <xsl:variable name="named" select="map:merge($site/site/(named | entry) ! map:entry(string(@ref), true()),
                                                 map { 'duplicates': 'use-first' })"/>
    <xsl:sequence select="$register//tei:standOff//(tei:person | tei:place | tei:org)[@xml:id]
        [map:contains($named, string(@xml:id))]/tei:idno
        [map:contains($h:authorities, lower-case(@type))][exists(s:authority-id(.))]"/>
  </xsl:function>

  <!-- "Q423", or "Q423" from "https://www.wikidata.org/wiki/Q423": the identifier in its authority
       file, or nothing where a link does not give it in a form Edition knows. -->
  <xsl:function name="s:authority-id" as="xs:string?">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="authority" select="$h:authorities(lower-case($idno/@type))"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:variable name="bare" select="replace($value, '^https?://', '')"/>
    <xsl:variable name="after" as="xs:string*" select="
        for $start in ($authority?url, substring-before($authority?uri, '{ID}')) ! replace(., '^https?://', '')
        return substring-after($bare, $start)[starts-with($bare, $start)]"/>
    <xsl:sequence select="if ($value eq '') then ()
        else if ($bare eq $value) then $value
        else (($after ! replace(., '/$', ''))[. ne ''][not(contains(., '/'))])[1]"/>
  </xsl:function>

  <!-- The page of a document, from a page at the top of the site. -->
  <xsl:function name="s:document-href" as="xs:string">
    <xsl:param name="document" as="element(document)"/>
    <xsl:sequence select="'documents/' || encode-for-uri($document/@id) || '.html'"/>
  </xsl:function>

  <!-- A document's date for people: the date as written, else the ISO date, else 'undated'. -->
  <xsl:function name="s:date-label" as="xs:string">
    <xsl:param name="document" as="element(document)"/>
    <xsl:sequence select="($document/date-text[normalize-space()], $document/@date, 'undated')[1]"/>
  </xsl:function>

  <!-- The numbers, in the list's order, of the first and last documents of a part: '1001–2000'. -->
  <xsl:function name="s:part-range" as="xs:string">
    <xsl:param name="part" as="element()?"/>
    <xsl:variable name="before"
        select="sum($part/preceding-sibling::*[node-name() eq node-name($part)]/@documents ! xs:integer(.))"/>
    <xsl:sequence select="($before + 1) || '–' || ($before + xs:integer(($part/@documents, 0)[1]))"/>
  </xsl:function>

  <!-- Where an edition's documents are listed on several pages: a list of those pages ($page: 'home',
       'chronology' or 'titles', the list in title order), each with the numbers of its documents
       and the dates (in title order: the titles) of its first and last, the $current one marked. -->
  <xsl:template name="s:parts" as="element()?">
    <xsl:param name="digest" as="element(site)" required="yes"/>
    <xsl:param name="current" as="xs:integer" required="yes"/>
    <xsl:param name="page" as="xs:string" required="yes"/>
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:variable name="parts" select="if ($page eq 'titles') then $digest/title-part else $digest/part"/>
    <xsl:if test="count($parts) gt 1">
      <nav class="site-parts" aria-label="{$label}">
        <ul>
          <xsl:for-each select="$parts">
            <li>
              <a href="{if ($page eq 'home') then @home else if ($page eq 'titles') then @page else @chronology}">
                <xsl:if test="xs:integer(@n) eq $current">
                  <xsl:attribute name="aria-current" select="'page'"/>
                </xsl:if>
                <xsl:text>{s:part-range(.)}</xsl:text>
              </a>
              <span class="site-part-dates"> ({if ($page eq 'titles')
                then s:guide-words(document[1], (preceding-sibling::title-part[1]/document[2], document[2])[1])
                     || ' – ' || s:guide-words(document[2], (following-sibling::title-part[1]/document[1], document[1])[1])
                else s:date-label(document[1]) || ' – ' || s:date-label(document[2])})</span>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- A title at the end of a page of the list in title order, as a dictionary's guide words: its
       words up to the first that differs from the title at the neighbouring end ($other: the last
       of the page before, or the first of the page after), so that the pages' ranges tell apart. -->
  <xsl:function name="s:guide-words" as="xs:string">
    <xsl:param name="document" as="element(document)"/>
    <xsl:param name="other" as="element(document)"/>
    <xsl:variable name="words" select="tokenize(normalize-space(($document/title, $document/@id)[1]))"/>
    <xsl:variable name="others" select="tokenize(lower-case(normalize-space(($other/title, $other/@id)[1])))"/>
    <xsl:variable name="differs" select="(for $i in 1 to count($words)
                                          return $i[lower-case($words[$i]) ne $others[$i]], count($words))[1]"/>
    <xsl:sequence select="string-join($words[position() le $differs], ' ') || '…'[$differs lt count($words)]"/>
  </xsl:function>

  <!-- The page: $content is what goes between the site header and the site footer (a main, and
       maybe an aside); $before-header goes first in body (the view inputs of a document page). -->
  <xsl:template name="s:page" as="element()">
    <xsl:param name="site" as="document-node()" required="yes"/>
    <xsl:param name="title" as="xs:string" required="yes"/>
    <xsl:param name="root" as="xs:string" select="''"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="lang" as="xs:string" select="'en'"/>
    <xsl:param name="head" as="element()*" select="()"/>
    <xsl:param name="script" as="xs:boolean" select="false()"/>
    <xsl:param name="before-header" as="node()*" select="()"/>
    <xsl:param name="content" as="element()+" required="yes"/>
    <xsl:variable name="edition" select="s:edition-title($site)"/>
      <html lang="{$lang}">
        <head>
          <meta charset="utf-8"/>
          <meta name="viewport" content="width=device-width, initial-scale=1"/>
          <title>{if ($title eq $edition) then $title else $title || ' - ' || $edition}</title>
          <link rel="stylesheet" href="{$root}assets/edition.css"/>
          <xsl:sequence select="$head"/>
          <xsl:if test="$script">
            <script src="{$root}assets/site.js" defer="defer"></script>
          </xsl:if>
        </head>
        <body class="site-page site-page-{($current[. ne ''], 'other')[1] => replace('\.html$', '')}">
          <a class="ed-skip" href="#main">Skip to the content</a>
          <xsl:sequence select="$before-header"/>
          <header class="site-header">
            <p class="site-name"><a href="{$root}index.html">{$edition}</a></p>
            <nav class="site-nav" aria-label="Site">
              <ul>
                <xsl:for-each select="$s:nav">
                  <li>
                    <a href="{$root}{?file}">
                      <xsl:if test="?file eq $current">
                        <xsl:attribute name="aria-current" select="'page'"/>
                      </xsl:if>
                      <xsl:text>{?label}</xsl:text>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
          </header>
          <xsl:sequence select="$content"/>
          <footer class="site-footer">
            <p>{$edition}<xsl:if test="$site/site/@publisher[normalize-space()]">. Published by {
              $site/site/@publisher}</xsl:if>. <a href="{$root}about.html">About this edition</a>,
              <a href="{$root}downloads/edition.zip">all files (zip)</a>.</p>
            <p class="site-generator">Built with {($site/site/@generator, 'Edition')[1]} from plain-text
              translations encoded in TEI P5.</p>
          </footer>
        </body>
      </html>
  </xsl:template>

</xsl:stylesheet>
