<?xml version="1.0" encoding="UTF-8"?>
<!--
  Passages: the units the site's search finds and links to, as ../html/html-passages.xsl defines
  them (h:passages); each has its id on the document page (h:passage-id). site-summary.xsl writes
  the ids and texts into site.xml.

  Defines the mode s:plain: a passage's words for searching (the reading text: supplied words
  merged, corrections rather than errors, no notes, an omission as [...]).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:s="urn:x-edition:xslt:site"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="s:plain" on-no-match="text-only-copy"/>

  <xsl:function name="s:plain" as="xs:string">
    <xsl:param name="passage" as="element()"/>
    <xsl:variable name="words" as="xs:string*">
      <xsl:apply-templates select="$passage/node()" mode="s:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($words))"/>
  </xsl:function>

  <xsl:template match="tei:note | tei:choice/tei:sic | tei:list | tei:label[following-sibling::tei:stamp]" mode="s:plain"/>
  <xsl:template match="tei:gap" mode="s:plain" as="xs:string">
    <xsl:sequence select="' […] '"/>
  </xsl:template>
  <xsl:template match="tei:lb" mode="s:plain" as="xs:string">
    <xsl:sequence select="' '"/>
  </xsl:template>
  <xsl:template match="tei:cell[preceding-sibling::tei:cell]" mode="s:plain" priority="1" as="xs:string*">
    <xsl:sequence select="' '"/>
    <xsl:apply-templates mode="s:plain"/>
  </xsl:template>

</xsl:stylesheet>
