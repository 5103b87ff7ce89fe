<?xml version="1.0" encoding="UTF-8"?>
<!--
  One shard of the search data, search/<name>.js: the passages (document id, id on the page, text)
  of the documents of one shard (see site-search-index.xsl), as a script that calls
  EDITION_SEARCH_SHARD(name, passages), so that assets/search.js can load it from disk too. Written
  through the XML form of JSON (xml-to-json), so that every byte is fixed.

  Input: site.xml of the shard's documents only, in date order, with their passages.
  Parameter: $name (the shard's name).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:param name="name" as="xs:string" required="yes"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/" as="xs:string">
    <xsl:variable name="passages" as="element(j:array)">
      <j:array>
        <xsl:for-each select="site/document">
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
    <xsl:sequence select="'EDITION_SEARCH_SHARD(' || serialize($name, map { 'method': 'json' }) || ', '
                          || xml-to-json($passages) || ');&#10;'"/>
  </xsl:template>

</xsl:stylesheet>
