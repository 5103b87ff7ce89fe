<?xml version="1.0" encoding="UTF-8"?>
<!--
  Passages: the units the site's search finds and links to. A passage is a block of the text (head,
  paragraph, list item, opener or closer line, table row) that is not inside another passage or a
  note; a list item's passage leaves out the lists nested in it, which are passages of their own.
  Its id on the document page is its xml:id, else passage-N in document order: site-summary.xsl
  writes the ids and texts into site.xml, site-document.xsl puts the ids on the page.

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

  <xsl:function name="s:passages" as="element()*">
    <xsl:param name="text" as="element()?"/>
    <xsl:sequence select="$text//(tei:head | tei:p | tei:item | tei:salute | tei:dateline | tei:signed | tei:seg
                                  | tei:row)
      [not(ancestor::tei:note)]
      [not(ancestor::*[self::tei:head or self::tei:p or self::tei:salute or self::tei:dateline
                       or self::tei:signed or self::tei:seg or self::tei:row])]"/>
  </xsl:function>

  <!-- The id of each passage, keyed by generate-id() of its TEI element. -->
  <xsl:function name="s:passage-ids" as="map(xs:string, xs:string)">
    <xsl:param name="text" as="element()?"/>
    <xsl:variable name="passages" select="s:passages($text)"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($passages)
      return map:entry(generate-id($passages[$i]), string(($passages[$i]/@xml:id, 'passage-' || $i)[1])))"/>
  </xsl:function>

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
