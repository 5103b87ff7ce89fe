<?xml version="1.0" encoding="UTF-8"?>
<!--
  Passages: the blocks of the text a reader can be sent to. A passage is a head, paragraph, list
  item, opener or closer line or table row of the text that is not inside another passage (a list
  item's nested lists are passages of their own) nor inside a note. Each gets an id on the page:
  its xml:id, else passage-N in document order. The site's search (../site/site-summary.xsl) finds
  passages by the same functions and links to these ids.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all">

  <xsl:variable name="h:passage-list" as="xs:string+" static="yes"
      select="('head', 'p', 'item', 'salute', 'dateline', 'signed', 'seg', 'row')"/>
  <xsl:variable name="h:passage-names" as="map(xs:string, xs:boolean)" static="yes"
      select="map:merge($h:passage-list ! map:entry(., true()))"/>
  <!-- the passages that hold no passage (a list item may: its nested lists) -->
  <xsl:variable name="h:passage-holders" as="map(xs:string, xs:boolean)" static="yes"
      select="map:merge($h:passage-list[. ne 'item'] ! map:entry(., true()))"/>

  <xsl:function name="h:is-passage" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/self::tei:* and map:contains($h:passage-names, local-name($e))
      and exists($e/ancestor::tei:text)
      and not($e/ancestor::*[self::tei:note or (self::tei:* and map:contains($h:passage-holders, local-name()))])"/>
  </xsl:function>

  <!-- how many passages there are up to an element, itself included: counted in one pass over the
       document, when first asked (the unnamed mode of html.xsl applies it to the source document).
       The pattern names the passages' elements (tei:head | tei:p ...), made from $h:passage-list
       when the stylesheet is compiled, so that only those elements are tested. -->
  <xsl:accumulator name="h:passage-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule select="$value + 1"
        _match="({string-join($h:passage-list ! ('tei:' || .), ' | ')})[h:is-passage(.)]"/>
  </xsl:accumulator>

  <!-- The passages of a document's text, in document order. -->
  <xsl:function name="h:passages" as="element()*">
    <xsl:param name="text" as="element()?"/>
    <xsl:sequence select="$text/descendant::tei:*[map:contains($h:passage-names, local-name())][h:is-passage(.)]"/>
  </xsl:function>

  <!-- The id of a passage on the page; nothing for an element that is not one. -->
  <xsl:function name="h:passage-id" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:if test="h:is-passage($e)">
      <xsl:sequence select="string(($e/@xml:id, 'passage-' || $e/accumulator-before('h:passage-count'))[1])"/>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
