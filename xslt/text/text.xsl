<?xml version="1.0" encoding="UTF-8"?>
<!--
  Plain-text edition of a TEI document. Blocks (head, opener and closer parts, paragraphs, list
  items, table rows) are separated by blank lines, list items by line breaks with their enumerators
  regenerated; inline elements read as common/editorial.xsl decides for the chosen view.

  Run on its own:
    java -cp target/edition.jar net.sf.saxon.Transform -s:doc.xml -xsl:xslt/text/text.xsl view=reading
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../common/editorial.xsl"/>

  <!-- bracketed | reading | diplomatic -->
  <xsl:param name="view" as="xs:string" select="'bracketed'"/>
  <!-- wrap lines at this many characters; 0 = one line per block -->
  <xsl:param name="width" as="xs:integer" select="0"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="ed:inline" on-no-match="text-only-copy"/>

  <xsl:template match="/">
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="//tei:text/tei:body"/>
      <xsl:if test="$view eq 'reading' and //tei:text//tei:note[ed:is-endnote(.)]">
        <xsl:sequence select="string-join(('Notes', //tei:text//tei:note[ed:is-endnote(.)]
            ! (ed:note-number(.) || '. ' || ed:inline(.))), '&#10;')"/>
      </xsl:if>
    </xsl:variable>
    <xsl:value-of select="string-join($blocks ! ed:wrap-lines(., $width), '&#10;&#10;') || '&#10;'"/>
  </xsl:template>

  <!-- breaks each line of a block at spaces so that none is longer than $width (0: no wrapping) -->
  <xsl:function name="ed:wrap-lines" as="xs:string">
    <xsl:param name="block" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:sequence select="if ($width le 0) then $block else string-join(tokenize($block, '&#10;') ! ed:wrap-line(., $width), '&#10;')"/>
  </xsl:function>

  <xsl:function name="ed:wrap-line" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="indent" select="substring($line, 1, string-length($line) - string-length(replace($line, '^\s+', '')))"/>
    <xsl:iterate select="tokenize(normalize-space($line), ' ')">
      <xsl:param name="done" as="xs:string*" select="()"/>
      <xsl:param name="current" as="xs:string" select="$indent"/>
      <xsl:on-completion select="string-join(($done, $current), '&#10;')"/>
      <xsl:variable name="joined" select="if (normalize-space($current) eq '') then $current || . else $current || ' ' || ."/>
      <xsl:choose>
        <xsl:when test="string-length($joined) le $width or normalize-space($current) eq ''">
          <xsl:next-iteration>
            <xsl:with-param name="current" select="$joined"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="done" select="($done, $current)"/>
            <xsl:with-param name="current" select="$indent || ."/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- containers: their children are blocks -->
  <xsl:template match="tei:body | tei:div | tei:opener | tei:closer" as="xs:string*">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="tei:head | tei:p | tei:seg | tei:salute | tei:dateline | tei:signed" as="xs:string">
    <xsl:sequence select="ed:inline(.)"/>
  </xsl:template>

  <!-- a page break between blocks, a seal after the signatures: blocks of their own -->
  <xsl:template match="tei:div/tei:pb | tei:closer/tei:gap" as="xs:string?">
    <xsl:sequence select="ed:render-as(., $view)?before[. ne '']"/>
  </xsl:template>

  <!-- a list is one block: its items on consecutive lines, nested lists indented -->
  <xsl:template match="tei:list" as="xs:string">
    <xsl:sequence select="string-join(ed:list-lines(., 0), '&#10;')"/>
  </xsl:template>

  <xsl:template match="tei:table" as="xs:string">
    <xsl:sequence select="string-join(tei:row ! string-join(tei:cell ! ed:inline(.), '  '), '&#10;')"/>
  </xsl:template>

  <xsl:function name="ed:list-lines" as="xs:string*">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:for-each select="$list/tei:item">
      <xsl:variable name="enumerator" select="ed:enumerator(.)"/>
      <xsl:sequence select="string-join((1 to $depth) ! ' ')
                            || string-join(($enumerator[. ne ''], ed:inline(.)), ' ')"/>
      <xsl:for-each select="tei:list">
        <xsl:sequence select="ed:list-lines(., $depth + 1)"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:function>

  <!-- the inline text of a block, whitespace collapsed; lb survives as a line break -->
  <xsl:function name="ed:inline" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$block/node() except $block/tei:list" mode="ed:inline"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts)) => replace(' ?&#xE000; ?', '&#10;')"/>
  </xsl:function>

  <xsl:template match="*" mode="ed:inline" as="xs:string*">
    <xsl:variable name="how" select="ed:render-as(., $view)"/>
    <xsl:sequence select="$how?before"/>
    <xsl:if test="$how?endnote">
      <xsl:sequence select="'[' || ed:note-number(.) || ']'"/>
    </xsl:if>
    <xsl:if test="$how?content">
      <xsl:apply-templates select="node()" mode="ed:inline"/>
    </xsl:if>
    <xsl:sequence select="$how?after"/>
  </xsl:template>

  <xsl:template match="text()" mode="ed:inline" as="xs:string">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

</xsl:stylesheet>
