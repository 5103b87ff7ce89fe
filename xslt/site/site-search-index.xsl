<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search data, in pieces that each stay small however large the edition grows:

  - search-index.js: the documents (id, title, date, type, the register entries they mention, and
    the shard holding their passages) and the list of shards with their years, as a script that
    assigns the global EDITION_SEARCH, so that search.html can load it from disk (file://) where
    fetch() cannot;
  - search/<year>-<n>.js (search/undated-<n>.js): the passages (document id, id on the page, text)
    of at most $s:per-shard documents of one year, as a script that calls
    EDITION_SEARCH_SHARD(name, passages). assets/search.js loads the shards a search needs (those
    of the years asked for) and builds a lunr index of each in the browser.

  A shard holds documents of one year only, so a change to one document rewrites its year's shards
  at most. Written through the XML form of JSON (xml-to-json), so that the order of keys, and with
  it every byte, is fixed. The shards are secondary results (xsl:result-document).

  Input: the site summary, site.xml (documents in date order).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:s="urn:x-edition:xslt:site"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <!-- documents whose passages share one file -->
  <xsl:variable name="s:per-shard" as="xs:integer" select="100"/>

  <xsl:template match="/" as="xs:string">
    <!-- the shards: one year's documents (in date order), $s:per-shard at a time -->
    <xsl:variable name="shards" as="map(*)*">
      <xsl:for-each-group select="site/document" group-adjacent="(@date ! substring(., 1, 4), 'undated')[1]">
        <xsl:variable name="year" select="current-grouping-key()"/>
        <xsl:for-each-group select="current-group()" group-adjacent="(position() - 1) idiv $s:per-shard">
          <xsl:sequence select="map { 'name': $year || '-' || current-grouping-key() + 1, 'year': $year,
                                      'documents': current-group() }"/>
        </xsl:for-each-group>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="shard-of" as="map(*)"
        select="map:merge($shards ! (for $d in ?documents return map:entry(string($d/@id), ?name)))"/>
    <xsl:for-each select="$shards">
      <xsl:result-document href="search/{encode-for-uri(?name)}.js" method="text" encoding="UTF-8">
        <xsl:variable name="passages" as="element(j:array)">
          <j:array>
            <xsl:for-each select="?documents">
              <xsl:variable name="id" select="string(@id)"/>
              <xsl:for-each select="passage[normalize-space()]">
                <j:map>
                  <j:string key="doc">{$id}</j:string>
                  <j:string key="id">{@id}</j:string>
                  <j:string key="text">{.}</j:string>
                </j:map>
              </xsl:for-each>
            </xsl:for-each>
          </j:array>
        </xsl:variable>
        <xsl:sequence select="'EDITION_SEARCH_SHARD(&quot;' || ?name || '&quot;, ' || xml-to-json($passages) || ');&#10;'"/>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:variable name="json" as="element(j:map)">
      <j:map>
        <j:array key="documents">
          <xsl:for-each select="site/document">
            <j:map>
              <j:string key="id">{@id}</j:string>
              <j:string key="title">{title}</j:string>
              <j:string key="date">{@date}</j:string>
              <j:string key="label">{(date-text[normalize-space()], @date, 'undated')[1]}</j:string>
              <j:string key="type">{@type}</j:string>
              <j:array key="names">
                <xsl:for-each select="distinct-values(mention/@ref[. ne ''])">
                  <xsl:sort select="."/>
                  <j:string>{.}</j:string>
                </xsl:for-each>
              </j:array>
              <j:string key="shard">{$shard-of(string(@id))}</j:string>
            </j:map>
          </xsl:for-each>
        </j:array>
        <j:array key="shards">
          <xsl:for-each select="$shards">
            <j:map>
              <j:string key="name">{?name}</j:string>
              <j:string key="file">search/{encode-for-uri(?name)}.js</j:string>
              <j:string key="year">{?year}</j:string>
            </j:map>
          </xsl:for-each>
        </j:array>
      </j:map>
    </xsl:variable>
    <xsl:sequence select="'window.EDITION_SEARCH = ' || xml-to-json($json) || ';&#10;'"/>
  </xsl:template>

</xsl:stylesheet>
