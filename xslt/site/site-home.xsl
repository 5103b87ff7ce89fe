<?xml version="1.0" encoding="UTF-8"?>
<!--
  The home page of the static site, index.html: the edition's title and description, counts, the
  download of the whole edition, and the table of documents, already sorted by date (readable and
  in order without JavaScript; assets/site.js adds buttons that sort it by date, title or type).

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
    <xsl:variable name="documents" select="site/document"/>
    <xsl:variable name="dates" select="$documents/@date ! substring(., 1, 4)"/>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$site"/>
      <xsl:with-param name="title" select="s:edition-title($site)"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="script" select="true()"/>
      <xsl:with-param name="content" as="element()">
        <main id="main" class="site-main site-home">
          <h1>{s:edition-title($site)}</h1>
          <xsl:for-each select="site/description[normalize-space()]">
            <p class="site-description">{normalize-space(.)}</p>
          </xsl:for-each>
          <ul class="site-counts" id="site-counts">
            <li><strong>{count($documents)}</strong> document{'s'[count($documents) ne 1]}<xsl:if
                test="exists($dates)">, {min($dates)}{('–' || max($dates))[max($dates) ne min($dates)]}</xsl:if></li>
            <xsl:for-each select="('person', 'place', 'organization')">
              <xsl:variable name="kind" select="."/>
              <xsl:variable name="n" select="count(distinct-values($documents/mentioned[@kind = $kind][@ref ne '']/@ref))"/>
              <li><a href="{$s:index-files($kind)}"><strong>{$n}</strong> {
                if ($kind eq 'person') then (if ($n eq 1) then 'person' else 'persons') else $kind || 's'[$n ne 1]}</a></li>
            </xsl:for-each>
            <li><strong>{sum($documents/mentioned/@count ! xs:integer(.))}</strong> mentions of names</li>
          </ul>
          <p class="site-download-all">
            <a id="site-download-zip" href="downloads/edition.zip" type="application/zip">Download the whole
              edition</a> (one zip file: the TEI of every document, the register, the plain-text editions).</p>
          <table id="site-documents" class="site-documents site-sortable">
            <caption>Documents, in date order</caption>
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
