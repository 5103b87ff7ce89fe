<?xml version="1.0" encoding="UTF-8"?>
<!--
  The editorial decisions, made once for every output format: how each editorial element reads in
  each view, and how list enumerators are regenerated. Formats (text/, html/) only call these
  functions and implement their own primitives.

  Views:
    bracketed  - the translation as the translator wrote it: every intervention with its brackets
    reading    - clean text: supplied words merged, markers gone, omissions as […]
    diplomatic - only what the source says: supplied text left out, a mark where it was

  ed:render-as($e, $view) answers, for one element, a map:
    'before'  : string printed before the element's content
    'after'   : string printed after it
    'content' : whether the element's own content is printed
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <!-- cache="yes": the HTML asks this up to fifteen times for each element (three views, several
       questions); remembering the answers makes a page about a third faster. -->
  <xsl:function name="ed:render-as" as="map(xs:string, item())" cache="yes">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="bracketed" select="$view eq 'bracketed'"/>
    <xsl:variable name="diplomatic" select="$view eq 'diplomatic'"/>
    <xsl:choose>
      <xsl:when test="$e/self::tei:supplied">
        <xsl:variable name="conjecture" select="$e/@cert = 'low' and $e/@reason = 'conjecture'"/>
        <xsl:sequence select="
          if ($bracketed) then ed:wrap('[', if ($conjecture) then '?]' else ']')
          else if ($diplomatic) then ed:marker('⟨…⟩')
          else if ($e/@reason = 'alt-romanization') then ed:wrap('(', ')')
          else ed:wrap('', '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:gap">
        <xsl:sequence select="ed:marker(if ($bracketed) then '[' || string($e/tei:desc) || ']' else '[…]')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:sic[not(parent::tei:choice)]">
        <xsl:sequence select="if ($bracketed) then ed:wrap('', ' [' || ($e/@rend, 'sic')[1] || ']') else ed:wrap('', '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:unclear">
        <xsl:sequence select="if ($bracketed) then ed:wrap('', ' [' || ($e/@rend, '?')[1] || ']') else ed:wrap('', '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:corr">
        <xsl:sequence select="if ($bracketed) then ed:wrap(' [', ']') else if ($diplomatic) then ed:marker('') else ed:wrap('', '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:sic[parent::tei:choice]">
        <xsl:sequence select="if ($view eq 'reading') then ed:marker('') else ed:wrap('', '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:note[@place = 'inline'][@type = ('stamp', 'annotation')]">
        <!-- "[Stamp:]": a label the translator put before what follows; only the bracketed view shows it -->
        <xsl:sequence select="if ($bracketed) then ed:wrap('[', ']') else ed:marker('')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:note[@place = 'inline']">
        <!-- reading: a numbered endnote; the formats number it and list the notes at the end -->
        <xsl:sequence select="
          if ($bracketed) then ed:wrap('[', ']')
          else if ($view eq 'reading') then map { 'before': '', 'after': '', 'content': false(), 'endnote': true() }
          else ed:marker('')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:add | $e/self::tei:ex">
        <xsl:sequence select="
          if ($bracketed) then ed:wrap('[', ']')
          else if ($view eq 'reading') then ed:wrap('', '')
          else ed:marker('')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:label[not(parent::tei:note | parent::tei:add | parent::tei:list)]">
        <xsl:sequence select="if ($bracketed) then ed:wrap('[', ']') else ed:marker('')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:pb">
        <xsl:sequence select="ed:marker(if ($bracketed) then '[' || ($e/@rend, 'page ' || $e/@n)[1] || ']' else '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:lb">
        <xsl:sequence select="ed:marker('&#xE000;')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="ed:wrap('', '')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The number of an inline note among the document's inline notes: endnotes in the reading view. -->
  <xsl:function name="ed:note-number" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="count($note/preceding::tei:note[ed:is-endnote(.)] | $note/ancestor::tei:note[ed:is-endnote(.)]) + 1"/>
  </xsl:function>

  <!-- A note that the reading view turns into a numbered endnote. -->
  <xsl:function name="ed:is-endnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@place = 'inline' and not($note/@type = ('stamp', 'annotation'))
                          and exists($note/ancestor::tei:text)"/>
  </xsl:function>

  <xsl:function name="ed:wrap" as="map(xs:string, item())">
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:sequence select="map { 'before': $before, 'after': $after, 'content': true() }"/>
  </xsl:function>

  <xsl:function name="ed:marker" as="map(xs:string, item())">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="map { 'before': $text, 'after': '', 'content': false() }"/>
  </xsl:function>

  <!-- The enumerator of an item as written: list/@rend gives style, punctuation and a leading bullet. -->
  <xsl:function name="ed:enumerator" as="xs:string">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:variable name="rend" select="tokenize($item/parent::tei:list/@rend)"/>
    <xsl:variable name="bullet" select="
      if ($rend = 'dash') then '-' else if ($rend = 'en-dash') then '–'
      else if ($rend = 'bullet') then '•' else if ($rend = 'asterisk') then '*' else ()"/>
    <xsl:variable name="label" select="
      if (not($item/@n)) then ()
      else if ($rend = 'parens') then '(' || $item/@n || ')'
      else if ($rend = 'right-paren') then $item/@n || ')'
      else $item/@n || '.'"/>
    <xsl:sequence select="string-join(($bullet, $label), ' ')"/>
  </xsl:function>

</xsl:stylesheet>
