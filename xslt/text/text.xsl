<?xml version="1.0" encoding="UTF-8"?>
<!--
  Plain-text edition of a TEI document: its front, body and back. Blocks (ed:is-block in
  common/editorial.xsl: heads, opener and closer parts, paragraphs, lists, tables, line groups)
  are separated by blank lines; the items of a list, the rows of a table (in columns) and the
  lines of verse by line breaks, enumerators regenerated; inline elements read as
  common/editorial.xsl decides for the chosen view. An element editorial.xsl does not know keeps
  its text and is reported (xsl:message, W050).

  Run on its own:
    java -cp target/edition.jar net.sf.saxon.Transform -s:doc.xml -xsl:xslt/text/text.xsl view=reading
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
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

  <!-- blocks: every element reaching it is a block or a container (ed:is-block) -->
  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="ed:inline" on-no-match="text-only-copy"/>

  <xsl:template match="/">
    <xsl:variable name="text" select="/*/tei:text"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="$text"/>
      <xsl:variable name="notes" select="$text//tei:note[ed:is-endnote(.)]"/>
      <xsl:if test="$view eq 'reading' and exists($notes)">
        <xsl:sequence select="string-join((ed:notes-heading($text, $view), $notes ! (ed:note-number(.) || '. ' || ed:inline(.))), '&#10;')"/>
      </xsl:if>
      <xsl:if test="$view eq 'bracketed'">
        <xsl:variable name="footnotes" select="$text//tei:note[@n][ed:render-as(., $view)?footnote]"/>
        <xsl:if test="exists($footnotes)">
          <xsl:sequence select="string-join((ed:notes-heading($text, $view),
            $footnotes ! (ed:render-as(., $view)?before || ' ' || ed:inline(.))), '&#10;')"/>
        </xsl:if>
      </xsl:if>
    </xsl:variable>
    <xsl:value-of select="string-join(if ($width le 0) then $blocks else $blocks ! ed:wrap-lines(., $width), '&#10;&#10;') || '&#10;'"/>
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
    <xsl:sequence select="if (string-length($line) le $width) then $line else ed:break-line($line, $width)"/>
  </xsl:function>

  <xsl:function name="ed:break-line" as="xs:string">
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

  <!-- a block or a container (ed:is-block): its runs of phrasing content are blocks, and so are
       its block children, in order; an unknown element keeps its content, with a warning -->
  <xsl:template match="*" as="xs:string*">
    <xsl:sequence select="ed:blocks(.)"/>
  </xsl:template>

  <xsl:function name="ed:blocks" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:if test="not(ed:is-known($e))">
      <xsl:message select="ed:unknown($e)"/>
    </xsl:if>
    <xsl:for-each-group select="ed:children($e)" group-adjacent=". instance of element() and ed:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="ed:line(current-group())[. ne '']"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:function>

  <!-- where a generated list goes: the notes are listed at the end, under its head -->
  <xsl:template match="tei:divGen" as="empty-sequence()"/>

  <!-- verse: a line group is one block, a line of verse per line -->
  <xsl:template match="tei:lg[not(tei:lg)]" as="xs:string">
    <xsl:sequence select="string-join(ed:blocks(.), '&#10;')"/>
  </xsl:template>

  <!-- a list is one block: its items on consecutive lines (a blank line between them where the list
       is "spaced", each item a paragraph of its own in the source), nested lists indented -->
  <xsl:template match="tei:list" as="xs:string">
    <xsl:sequence select="string-join((tei:head ! ed:inline(.), ed:list-items(., 0)), ed:item-separator(.))"/>
  </xsl:template>

  <xsl:function name="ed:item-separator" as="xs:string">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:sequence select="if (tokenize($list/@rend) = 'spaced') then '&#10;&#10;' else '&#10;'"/>
  </xsl:function>

  <!-- a table is one block: a row per line, cells in columns as wide as their longest cell; what
       stands between the rows (a head, a page break, a note) on a line of its own -->
  <xsl:template match="tei:table" as="xs:string">
    <!-- cells the source set apart by bars ("pipes", with bars at the ends: "framed") get them back -->
    <xsl:variable name="rend" select="tokenize(@rend)"/>
    <xsl:variable name="bar" select="if ($rend = 'pipes') then '| ' else ' '"/>
    <xsl:variable name="frame" select="if ($rend = 'framed') then ('| ', ' |') else ('', '')"/>
    <xsl:variable name="rows" as="array(xs:string)*"
        select="tei:row ! array { tei:cell ! replace(ed:inline(.), '&#10;', ' ') }"/>
    <xsl:variable name="widths" as="xs:integer*" select="
      for $i in 1 to max(($rows ! array:size(.), 0))
      return max($rows ! (if (array:size(.) ge $i) then string-length(.($i)) else 0))"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each select="*">
        <xsl:variable name="row" select="count(preceding-sibling::tei:row) + 1"/>
        <xsl:sequence select="
          if (self::tei:row) then $frame[1] || string-join(
            for $cells in $rows[$row], $i in 1 to array:size($cells) return
              if ($i eq array:size($cells)) then $cells($i) || (if ($frame[2] ne '')
                then string-join((string-length($cells($i)) to $widths[$i]) ! ' ') || '|' else '')
              else $cells($i) || string-join((string-length($cells($i)) to $widths[$i]) ! ' ') || $bar)
          else ed:line(.)[. ne '']"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="string-join($lines, '&#10;')"/>
  </xsl:template>

  <!-- each item of a list as text: its line, then the lines of the lists inside it, indented -->
  <xsl:function name="ed:list-items" as="xs:string*">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:for-each select="$list/tei:item">
      <!-- in a glossary list, the label before the item stands for its enumerator -->
      <xsl:variable name="enumerator" select="
        if (preceding-sibling::*[1][self::tei:label]) then ed:inline(preceding-sibling::*[1]) else ed:enumerator(.)"/>
      <xsl:sequence select="string-join((
        string-join((1 to $depth) ! ' ') || string-join(($enumerator[. ne ''], ed:inline(.)), ' '),
        tei:list ! string-join(ed:list-items(., $depth + 1), ed:item-separator(.))), '&#10;')"/>
    </xsl:for-each>
  </xsl:function>

  <!-- the inline text of a block (nested lists left to ed:list-items) -->
  <xsl:function name="ed:inline" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="ed:line(ed:children($block)[not(self::tei:list)])"/>
  </xsl:function>

  <!-- the text of phrasing content, whitespace collapsed; lb survives as a line break -->
  <xsl:function name="ed:line" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="ed:inline"/>
    </xsl:variable>
    <xsl:variable name="line" select="normalize-space(string-join($parts))"/>
    <!-- the test first: few lines have a line break, and a regular expression costs -->
    <xsl:sequence select="if (contains($line, '&#xE000;')) then replace($line, ' ?&#xE000; ?', '&#10;') else $line"/>
  </xsl:function>

  <xsl:template match="*" mode="ed:inline" as="xs:string*">
    <xsl:choose>
      <!-- an element ed:render-as has no decision for (most of them) reads as it is -->
      <xsl:when test="not(ed:is-edited(.))">
        <xsl:if test="not(ed:is-known(.))">
          <xsl:message select="ed:unknown(.)"/>
        </xsl:if>
        <xsl:apply-templates select="ed:children(.)" mode="ed:inline"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="how" select="ed:render-as(., $view)"/>
        <xsl:sequence select="$how?before"/>
        <xsl:if test="$how?endnote">
          <xsl:sequence select="'[' || ed:note-number(.) || ']'"/>
        </xsl:if>
        <xsl:if test="$how?content">
          <xsl:apply-templates select="ed:children(.)" mode="ed:inline"/>
        </xsl:if>
        <xsl:sequence select="$how?after"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="ed:inline" as="xs:string">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

</xsl:stylesheet>
