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

  <!-- Each passage's object made and written one at a time (xml-to-json on its own small tree), so
       that a shard of a hundred documents is never held as one tree and one string beside its input. -->
  <xsl:template match="/">
    <xsl:text>EDITION_SEARCH_SHARD(</xsl:text>
    <xsl:value-of select="serialize($name, map { 'method': 'json' })"/>
    <xsl:text>, [</xsl:text>
    <xsl:for-each select="site/document/passage[normalize-space()]">
      <xsl:if test="position() gt 1">
        <xsl:text>,</xsl:text>
      </xsl:if>
      <xsl:variable name="json" as="element(j:map)">
        <j:map>
          <j:string key="doc">{../@id}</j:string>
          <j:string key="id">{@id}</j:string>
          <j:string key="text">{.}</j:string>
        </j:map>
      </xsl:variable>
      <xsl:value-of select="xml-to-json($json)"/>
    </xsl:for-each>
    <xsl:text>]);&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
