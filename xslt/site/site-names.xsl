<?xml version="1.0" encoding="UTF-8"?>
<!--
  An index of names: persons.html, places.html or organizations.html lists each entry of the
  register of that kind by preferred name (under its register id, with how often it is mentioned),
  linking to the entry's own page, persons/<entry-id>.html (places/, organizations/): its other
  forms, authority identifiers as links and other facts (rendered by the register templates of
  ../html/html-register.xsl), then every mention in the edition, by document in date order, each
  linking to the exact name on the document's page (documents/<id>.html#<mention-id>). An entry
  mentioned in more than $per-page documents continues on persons/<entry-id>~2.html and so on,
  so that no page grows with the edition. The entry pages are secondary results
  (xsl:result-document), written by the Java side as they are made.

  No transformation holds all the mentions of the edition (MentionIndex.java files them): with
  $part 'index', the input is entries.xml, each entry's count of mentions and of documents, and the
  results are the index page and the pages of the entries no document mentions; with $part
  'entries', the input is one file of mentions, mentions-<bucket>-<page>.xml (the documents in date
  order, each with its mentions of the bucket's entries that go on their page $page), and the
  results are those pages of the entries of this kind, their totals taken from $counts (entries.xml).
  The Java side files an entry's mentions by page, so each page is made once, and no transformation
  holds more than a page's worth of any entry's mentions.

  Parameters: $kind (person, place or organization), $register (the whole register,
  output/tei/register.xml), $part, $per-page, and with 'entries' $page and $counts.
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

  <xsl:import href="../html/html.xsl"/>
  <xsl:include href="site-layout.xsl"/>

  <!-- person | place | organization -->
  <xsl:param name="kind" as="xs:string" required="yes"/>
  <!-- the whole register (TEI, standOff with listPerson, listPlace, listOrg) -->
  <xsl:param name="register" as="document-node()" required="yes"/>
  <!-- index | entries -->
  <xsl:param name="part" as="xs:string" select="'index'"/>
  <!-- documents listed on one page of an entry (the Java side files the mentions so) -->
  <xsl:param name="per-page" as="xs:integer" select="500"/>
  <!-- with 'entries': the page of its entries that the input makes (from 1), and entries.xml -->
  <xsl:param name="page" as="xs:integer" select="1"/>
  <xsl:param name="counts" as="document-node()?" select="()"/>

  <xsl:variable name="s:headings" as="map(xs:string, xs:string)" select="map {
    'person': 'Persons', 'place': 'Places', 'organization': 'Organizations' }"/>

  <!-- the entries of this kind, by preferred name -->
  <xsl:variable name="s:entries" as="element()*">
    <xsl:perform-sort select="$register//tei:standOff//(tei:person | tei:place | tei:org)
                              [@xml:id][$h:kinds(local-name()) eq $kind]">
      <xsl:sort select="lower-case(h:preferred(.))"/>
      <xsl:sort select="@xml:id"/>
    </xsl:perform-sort>
  </xsl:variable>

  <!-- their ids: only their mentions are indexed, so that each kind's transformation indexes its
       own share of the edition's mentions, not all of them -->
  <xsl:variable name="s:kind-ids" as="map(xs:string, xs:boolean)" select="map:merge(
      $s:entries ! map:entry(string(@xml:id), true()), map { 'duplicates': 'use-first' })"/>

  <xsl:key name="s:mentions" match="mention[map:contains($s:kind-ids, string(@ref))]" use="@ref"/>
  <xsl:key name="s:counts" match="entry" use="@ref"/>

  <xsl:template match="/" as="element()?" priority="1">
    <xsl:if test="$part eq 'index'">
      <xsl:next-match/>
    </xsl:if>
    <xsl:variable name="site" select="."/>
    <!-- the entries whose pages this input makes: those it has mentions of, or with the index,
         those no document mentions -->
    <xsl:variable name="here" select="if ($part eq 'index')
        then $s:entries[empty(key('s:counts', string(@xml:id), $site))]
        else $s:entries[exists(key('s:mentions', string(@xml:id), $site))]"/>
    <xsl:for-each select="$here">
      <xsl:variable name="total" select="if ($part eq 'index') then () else key('s:counts', string(@xml:id), $counts)"/>
      <xsl:call-template name="s:entry-page">
        <xsl:with-param name="site" select="$site"/>
        <xsl:with-param name="mentions" select="key('s:mentions', string(@xml:id), $site)"/>
        <xsl:with-param name="page" select="if ($part eq 'index') then 1 else $page"/>
        <xsl:with-param name="mention-count" select="xs:integer(($total/@mentions, 0)[1])"/>
        <xsl:with-param name="document-count" select="xs:integer(($total/@documents, 0)[1])"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="/" as="element()">
    <xsl:variable name="site" select="."/>
    <xsl:variable name="entries" select="$s:entries"/>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$site"/>
      <xsl:with-param name="title" select="$s:headings($kind)"/>
      <xsl:with-param name="current" select="$s:index-files($kind)"/>
      <xsl:with-param name="content" as="element()">
        <main id="main" class="site-main site-index site-index-{$kind}">
          <h1>{$s:headings($kind)}</h1>
          <p class="site-index-intro">{count($entries)} entr{if (count($entries) eq 1) then 'y' else 'ies'} of the
            register. Each entry's page lists the forms of the name, its identifiers in authority files, and every
            mention in the documents of the edition, linking to the name in the text.</p>
          <xsl:if test="exists($entries)">
            <ul class="site-entries site-entry-index-list">
              <xsl:for-each select="$entries">
                <xsl:variable name="entry-counts" select="key('s:counts', string(@xml:id), $site)"/>
                <li id="{@xml:id}">
                  <a href="{s:entry-href($kind, @xml:id)}">{h:preferred(.)}</a>
                  <xsl:if test="h:unreviewed(.)"><span class="ed-unreviewed-label"> (unreviewed)</span></xsl:if>
                  <span class="site-mention-count">: {s:count-text(xs:integer(($entry-counts/@mentions, 0)[1]),
                                                                    xs:integer(($entry-counts/@documents, 0)[1]))}</span>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:if>
        </main>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="s:count-text" as="xs:string">
    <xsl:param name="mentions" as="xs:integer"/>
    <xsl:param name="documents" as="xs:integer"/>
    <xsl:sequence select="if ($mentions eq 0) then 'not mentioned'
      else $mentions || ' mention' || 's'[$mentions ne 1] || ' in ' || $documents || ' document'
           || 's'[$documents ne 1]"/>
  </xsl:function>

  <!-- Page $page of one entry (the context item): the entry, then the documents of that page that
       mention it ($mentions: their mentions of it), $per-page to a page; the counts are the whole
       edition's. -->
  <xsl:template name="s:entry-page">
    <xsl:param name="site" as="document-node()"/>
    <xsl:param name="mentions" as="element(mention)*"/>
    <xsl:param name="page" as="xs:integer"/>
    <xsl:param name="mention-count" as="xs:integer"/>
    <xsl:param name="document-count" as="xs:integer"/>
    <xsl:variable name="entry" select="."/>
    <xsl:variable name="pages" select="max((1, xs:integer(ceiling($document-count div $per-page))))"/>
    <xsl:variable name="li" as="element()">
      <xsl:apply-templates select="$entry" mode="h:register">
        <xsl:with-param name="h:names" select="map {}" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:variable name="here" select="$mentions/.."/>
    <xsl:result-document href="{s:entry-href($kind, $entry/@xml:id, $page)}" method="xhtml" html-version="5.0"
        encoding="UTF-8" omit-xml-declaration="yes" include-content-type="no" indent="yes">
      <xsl:call-template name="s:page">
        <xsl:with-param name="site" select="$site"/>
        <xsl:with-param name="title" select="h:preferred($entry) || (' (page ' || $page || ')')[$page gt 1]"/>
        <xsl:with-param name="root" select="'../'"/>
        <xsl:with-param name="current" select="$s:index-files($kind)"/>
        <xsl:with-param name="content" as="element()">
          <main id="main" class="site-main site-index site-entry site-index-{$kind}">
            <h1>{h:preferred($entry)}<xsl:if test="$page gt 1"> (page {$page})</xsl:if></h1>
            <p class="site-entry-kind"><a href="../{$s:index-files($kind)}#{$entry/@xml:id}">{$s:headings($kind)}</a></p>
            <div id="{$entry/@xml:id}">
              <xsl:sequence select="$li/@class, $li/node()"/>
            </div>
            <xsl:choose>
              <xsl:when test="$mention-count eq 0">
                <p class="site-mentions site-mentions-none">Not mentioned in the documents of this edition.</p>
              </xsl:when>
              <xsl:otherwise>
                <p class="site-mentions">{s:count-text($mention-count, $document-count)}<xsl:if test="$pages gt 1">; documents {
                  ($page - 1) * $per-page + 1}–{($page - 1) * $per-page + count($here)} here</xsl:if>:</p>
                <ul class="site-mention-documents">
                  <xsl:for-each select="$here">
                    <xsl:variable name="href" select="'../' || s:document-href(.)"/>
                    <li>
                      <a href="{$href}">{title}</a>
                      <span class="site-mention-date"> ({s:date-label(.)})</span>
                      <xsl:text>: </xsl:text>
                      <xsl:for-each select="mention[@ref = $entry/@xml:id]">
                        <xsl:if test="position() gt 1">
                          <xsl:text> </xsl:text>
                        </xsl:if>
                        <a class="site-mention" href="{$href}#{@id}" title="{.}"><span
                            class="ed-visually-hidden">mention </span>{position()}</a>
                      </xsl:for-each>
                    </li>
                  </xsl:for-each>
                </ul>
                <xsl:if test="$pages gt 1">
                  <nav class="site-pages" aria-label="Pages of this entry">
                    <ul>
                      <xsl:for-each select="1 to $pages">
                        <li><a href="{s:entry-href($kind, $entry/@xml:id, .) => substring-after('/')}">
                          <xsl:if test=". eq $page">
                            <xsl:attribute name="aria-current" select="'page'"/>
                          </xsl:if>{.}</a></li>
                      </xsl:for-each>
                    </ul>
                  </nav>
                </xsl:if>
              </xsl:otherwise>
            </xsl:choose>
          </main>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>
