<?xml version="1.0" encoding="UTF-8"?>
<!--
  The home page of the static site, index.html: the edition's title and description, counts, the
  download of the whole edition, and the table of documents, already sorted by date (readable and
  in order without JavaScript; assets/site.js adds buttons that sort it by date, title or type, and
  says in the caption how it is sorted).
  An edition of more documents than a page lists (SiteSettings.documentsPerPage) has further
  pages of the list, documents-2.html ..., made by this stylesheet from their part of the summary;
  each links to all of them.

  Where the list has several pages, the same stylesheet makes the list in title order, titles.html,
  titles-2.html ..., from the parts of it (titles-<n>.xml, the documents' briefs): it works without
  JavaScript and over the whole edition, where site.js sorts one page.

  Input: one part of the site summary, site-<n>.xml (documents in date order), or of the list in
  title order ($order 'title'); $edition: site.xml, the digest of the whole edition.
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

  <!-- site.xml: the settings and the digest of the whole edition (counts, parts) -->
  <xsl:param name="edition" as="document-node()" required="yes"/>
  <!-- which page of the list this is: the number of its part (from 1) -->
  <xsl:param name="page" as="xs:integer" select="1"/>
  <!-- the list's order: 'date' (the home page and documents-n.html, from a part of the summary) or
       'title' (titles.html and titles-n.html, from a part of the list in title order, made where
       the list has several pages) -->
  <xsl:param name="order" as="xs:string" select="'date'"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="site" select="$edition"/>
    <xsl:variable name="digest" select="$edition/site"/>
    <xsl:variable name="documents" select="site/document"/>
    <xsl:variable name="by-title" select="$order eq 'title'"/>
    <xsl:variable name="part" select="if ($by-title) then $digest/title-part[@n = $page] else $digest/part[@n = $page]"/>
    <xsl:variable name="n" select="$page"/>
    <xsl:variable name="home" select="$n eq 1 and not($by-title)"/>
    <xsl:variable name="total" select="xs:integer($digest/totals/@documents)"/>
    <xsl:variable name="heading" select="
      if ($home) then s:edition-title($site)
      else if ($by-title) then 'Documents by title, ' || s:part-range($part)
      else 'Documents ' || s:part-range($part)"/>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$site"/>
      <xsl:with-param name="title" select="$heading"/>
      <xsl:with-param name="current" select="if ($by-title) then string($part/@page) else ($part/@home, 'index.html')[1]"/>
      <xsl:with-param name="script" select="true()"/>
      <xsl:with-param name="content" as="element()">
        <main id="main" class="site-main site-home">
          <h1>{$heading}</h1>
          <xsl:if test="$home">
            <xsl:for-each select="$digest/description[normalize-space()]">
              <p class="site-description">{normalize-space(.)}</p>
            </xsl:for-each>
            <ul class="site-counts" id="site-counts">
              <li><strong>{$total}</strong> document{'s'[$total ne 1]}<xsl:for-each
                  select="$digest/years">, {@first}{('–' || @last)[current()/@last ne current()/@first]}</xsl:for-each></li>
              <xsl:for-each select="('person', 'place', 'organization')">
                <xsl:variable name="kind" select="."/>
                <xsl:variable name="count" select="count($digest/named[@kind = $kind])"/>
                <li><a href="{$s:index-files($kind)}"><strong>{$count}</strong> {
                  if ($kind eq 'person') then (if ($count eq 1) then 'person' else 'persons') else $kind || 's'[$count ne 1]}</a></li>
              </xsl:for-each>
              <li><strong>{$digest/totals/@mentions}</strong> mentions of names</li>
            </ul>
            <p class="site-download-all">
              <a id="site-download-zip" href="downloads/edition.zip" type="application/zip">Download the whole
                edition</a> (one zip file: the TEI of every document, the register, the plain-text editions).</p>
          </xsl:if>
          <xsl:if test="exists($digest/title-part)">
            <p class="site-orders">{if ($by-title) then 'In title order; the same documents ' else 'In date order; the same documents '}<a
                href="{if ($by-title) then 'index.html' else 'titles.html'}">{if ($by-title) then 'in date order' else 'by title'}</a>.</p>
          </xsl:if>
          <xsl:call-template name="s:parts">
            <xsl:with-param name="digest" select="$digest"/>
            <xsl:with-param name="current" select="$n"/>
            <xsl:with-param name="page" select="if ($by-title) then 'titles' else 'home'"/>
            <xsl:with-param name="label" select="if ($by-title) then 'Pages of the list of documents by title'
                                                 else 'Pages of the list of documents'"/>
          </xsl:call-template>
          <!-- on a list of several pages, site.js sorts the page's own documents, and says so -->
          <table id="site-documents" class="site-documents site-sortable">
            <xsl:if test="count($digest/part) gt 1">
              <xsl:attribute name="data-scope" select="'page'"/>
            </xsl:if>
            <xsl:attribute name="data-order" select="$order"/>
            <caption>{if (count($digest/part) gt 1) then 'Documents ' || s:part-range($part) || ' of ' || $total
              else 'Documents'}, <span class="site-order">{if ($by-title) then 'in title order' else 'in date order'}</span></caption>
            <thead>
              <tr>
                <th scope="col" data-sort="date">Date</th>
                <th scope="col" data-sort="title">Title</th>
                <th scope="col" data-sort="type">Type</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$documents">
                <tr id="doc-{@id}">
                  <td data-value="{(@date, '9999')[1]}">{s:date-label(.)}</td>
                  <td data-value="{lower-case(title)}"><a href="{s:document-href(.)}">{title}</a></td>
                  <td data-value="{@type}">{@type}</td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </main>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
