<?xml version="1.0" encoding="UTF-8"?>
<!--
  Passages: the units the site's search finds and links to, as ../html/html-passages.xsl defines
  them (h:passages); each has its id on the document page (h:passage-id). site-summary.xsl writes
  the ids and texts into site.xml.

  Defines the mode s:plain: a passage's words for searching, its reading text as
  ../common/editorial.xsl decides it (the including stylesheet imports it).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:s="urn:x-edition:xslt:site"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="s:plain" on-no-match="text-only-copy"/>

  <!-- A passage's words for searching: its reading text, as ed:render-as says for the view
       'reading' (supplied words merged, corrections rather than errors, notes left to their
       endnotes, an omission as [...]); its nested lists are passages of their own. -->
  <xsl:function name="s:plain" as="xs:string">
    <xsl:param name="passage" as="element()"/>
    <xsl:variable name="words" as="xs:string*">
      <xsl:apply-templates select="$passage/node()" mode="s:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(translate(string-join($words), '&#xE000;', ' '))"/>
  </xsl:function>

  <xsl:template match="*" mode="s:plain" as="xs:string*">
    <xsl:variable name="how" select="ed:render-as(., 'reading')"/>
    <xsl:sequence select="$how?before"/>
    <xsl:if test="$how?content">
      <xsl:apply-templates select="ed:children(.)" mode="s:plain"/>
    </xsl:if>
    <xsl:sequence select="$how?after"/>
  </xsl:template>

  <xsl:template match="tei:list" mode="s:plain"/>
  <!-- the cells of a row apart -->
  <xsl:template match="tei:cell[preceding-sibling::tei:cell]" mode="s:plain" priority="1" as="xs:string*">
    <xsl:sequence select="' '"/>
    <xsl:next-match/>
  </xsl:template>

</xsl:stylesheet>
