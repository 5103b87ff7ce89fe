<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of the search data, search-index.js: the documents (id, title, date, type, the register
  entries they mention, and the shard holding their passages) and the list of shards with their
  years, as a script that assigns the global EDITION_SEARCH, so that search.html can load it from
  disk (file://) where fetch() cannot. The passages themselves are in the shards,
  search/<year>-<n>.js (site-search-shard.xsl), which assets/search.js loads when a search needs
  their year. Which document goes in which shard the Java side decides (@shard in site.xml: one
  year's documents, at most 100 to a shard). Each object is written through the XML form of JSON
  (xml-to-json), so that the order of keys, and with it every byte, is fixed.

  Input: site.xml, the digest of the edition: its shards, and its parts (site-<n>.xml, documents in
  date order, without their passages), each read when its turn comes with parse-xml() rather than
  doc(), so that its tree is let go after it: doc() would keep every part until the end.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns:s="urn:x-edition:xslt:site"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <!-- Each document's object, and each shard's, made and written one at a time (xml-to-json on its
       own small tree): the index of a large edition is never held whole in memory. -->
  <xsl:template match="/">
    <xsl:text>window.EDITION_SEARCH = {{"documents":[</xsl:text>
    <!-- a part at a time: one path over all of them ("parts ! parse-xml(...)/site/document") would
         put their documents in document order first, and so hold every part's tree at once -->
    <xsl:for-each select="site/part">
      <xsl:variable name="part" select="position()"/>
      <xsl:for-each select="parse-xml(unparsed-text(resolve-uri(@file, base-uri(.))))/site/document">
        <xsl:if test="$part gt 1 or position() gt 1">
          <xsl:text>,</xsl:text>
        </xsl:if>
        <xsl:variable name="json" as="element(j:map)">
          <j:map>
            <j:string key="id">{@id}</j:string>
            <j:string key="title">{title}</j:string>
            <j:string key="date">{@date}</j:string>
            <j:string key="label">{(date-text[normalize-space()], @date, 'undated')[1]}</j:string>
            <j:string key="type">{@type}</j:string>
            <j:array key="names">
              <xsl:for-each select="distinct-values(mentioned/@ref[. ne ''])">
                <xsl:sort select="."/>
                <j:string>{.}</j:string>
              </xsl:for-each>
            </j:array>
            <j:string key="shard">{@shard}</j:string>
          </j:map>
        </xsl:variable>
        <xsl:value-of select="xml-to-json($json)"/>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:text>],"shards":[</xsl:text>
    <xsl:for-each select="site/shard">
      <xsl:if test="position() gt 1">
        <xsl:text>,</xsl:text>
      </xsl:if>
      <xsl:variable name="json" as="element(j:map)">
        <j:map>
          <j:string key="name">{@name}</j:string>
          <j:string key="file">search/{encode-for-uri(@name)}.js</j:string>
          <j:string key="year">{@year}</j:string>
        </j:map>
      </xsl:variable>
      <xsl:value-of select="xml-to-json($json)"/>
    </xsl:for-each>
    <xsl:text>]}};&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
