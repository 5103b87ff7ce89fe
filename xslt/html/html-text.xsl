<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text: blocks (mode h:block) and phrasing content (mode h:inline). Every element goes through
  h:edited (html-core.xsl), so that its marks and content follow ed:render-as in each view; the
  templates here only choose the HTML element. An element no template knows is rendered all the
  same, with a warning.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- ===== blocks ============================================================================ -->

  <!-- containers (ed:containers): a div around their blocks -->
  <xsl:template match="tei:*[local-name() = $ed:containers]" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <div>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:apply-templates mode="h:block"/>
    </div>
  </xsl:template>

  <!-- a head of the document: h2 (one level deeper for each enclosing div) -->
  <xsl:template match="tei:head" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:element name="h{min((6, 1 + count(ancestor::tei:div)))}">
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab | tei:seg | tei:salute | tei:dateline | tei:signed | tei:byline
      | tei:trailer | tei:addrLine" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <p>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </p>
  </xsl:template>

  <!-- verse: a line group holds its lines (and nested groups), a line of verse per line -->
  <xsl:template match="tei:lg" mode="h:block" priority="1" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <div>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:apply-templates mode="h:block"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:l" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <p>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </p>
  </xsl:template>

  <!-- a quotation standing among blocks: its paragraphs or its text set off -->
  <xsl:template match="tei:quote | tei:q" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <blockquote>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:choose>
        <xsl:when test="ed:is-container(.)">
          <xsl:apply-templates mode="h:block"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="h:edited">
            <xsl:with-param name="how" select="$how"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </blockquote>
  </xsl:template>

  <!-- a page break between blocks, a seal after the signatures: a line of their own -->
  <xsl:template match="tei:pb | tei:gap" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <p>
      <xsl:sequence select="h:attributes(., 'ed-block-mark', $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </p>
  </xsl:template>

  <!-- lists: the enumerator as written (ed:enumerator), nested lists inside their item -->
  <!-- A list's head is a paragraph before the list, which it labels: a heading is not an item -->
  <xsl:template match="tei:list" mode="h:block" as="element()+">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:variable name="heads" as="element()*">
      <xsl:apply-templates select="tei:head" mode="h:block"/>
    </xsl:variable>
    <xsl:sequence select="$heads"/>
    <xsl:element name="{if (tei:item/@n) then 'ol' else 'ul'}">
      <xsl:sequence select="h:attributes(., tokenize(@rend) ! ('tei-list-' || replace(., '[^A-Za-z0-9_-]', '-')), $how)"/>
      <xsl:if test="exists($heads/@id)">
        <xsl:attribute name="aria-labelledby" select="$heads/@id"/>
      </xsl:if>
      <xsl:apply-templates select="* except tei:head" mode="h:block"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:item" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:variable name="enumerator" select="ed:enumerator(.)"/>
    <li>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:if test="$enumerator ne ''">
        <span class="ed-enumerator">{$enumerator}</span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
        <xsl:with-param name="children" select="node() except tei:list"/>
      </xsl:call-template>
      <xsl:apply-templates select="tei:list" mode="h:block"/>
    </li>
  </xsl:template>

  <xsl:template match="tei:list/tei:head" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <p>
      <xsl:sequence select="h:attributes(., 'ed-list-head', $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </p>
  </xsl:template>

  <!-- a list's labels: items of their own -->
  <xsl:template match="tei:list/*[not(self::tei:item | self::tei:head)]" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:if test="not(ed:is-known(.))">
      <xsl:message select="ed:unknown(.)"/>
    </xsl:if>
    <li>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </li>
  </xsl:template>

  <xsl:template match="tei:table" mode="h:block" as="element()">
    <table>
      <xsl:sequence select="h:attributes(.)"/>
      <xsl:for-each select="tei:head">
        <xsl:variable name="how" select="h:how(.)"/>
        <caption>
          <xsl:sequence select="h:attributes(., (), $how)"/>
          <xsl:call-template name="h:edited">
            <xsl:with-param name="how" select="$how"/>
          </xsl:call-template>
        </caption>
      </xsl:for-each>
      <tbody>
        <xsl:apply-templates select="* except tei:head" mode="h:block"/>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="tei:row" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <tr>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:apply-templates select="*" mode="h:block"/>
    </tr>
  </xsl:template>

  <!-- a cell of a label row is a column header -->
  <xsl:template match="tei:cell" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:variable name="header" select="(@role, ../@role) = 'label'"/>
    <xsl:element name="{if ($header) then 'th' else 'td'}">
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:if test="$header">
        <xsl:attribute name="scope" select="if (@role = 'label') then 'row' else 'col'"/>
      </xsl:if>
      <xsl:if test="@cols castable as xs:positiveInteger">
        <xsl:attribute name="colspan" select="@cols"/>
      </xsl:if>
      <xsl:if test="@rows castable as xs:positiveInteger">
        <xsl:attribute name="rowspan" select="@rows"/>
      </xsl:if>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <!-- what stands between the rows (a page break, a note): a row of its own, across the table -->
  <xsl:template match="tei:table/*[not(self::tei:row | self::tei:head)]" mode="h:block" as="element()">
    <xsl:if test="not(ed:is-known(.))">
      <xsl:message select="ed:unknown(.)"/>
    </xsl:if>
    <tr class="ed-table-between">
      <td colspan="{max((../tei:row ! sum(tei:cell ! (if (@cols castable as xs:positiveInteger) then xs:integer(@cols) else 1)), 1))}">
        <xsl:apply-templates select="." mode="h:inline"/>
      </td>
    </tr>
  </xsl:template>

  <xsl:template match="tei:row/*[not(self::tei:cell)]" mode="h:block" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:message select="ed:unknown(.)"/>
    <td>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </td>
  </xsl:template>

  <!-- where a generated list goes: the notes are listed after the text, under its head -->
  <xsl:template match="tei:divGen | tei:back[not(* except tei:divGen)]" mode="h:block" priority="1" as="empty-sequence()"/>

  <!-- phrasing content met between blocks is rendered as such -->
  <xsl:template match="tei:*[local-name() = ($ed:phrases, 'label')]" mode="h:block" priority="-0.5"
      as="node()*">
    <xsl:apply-templates select="." mode="h:inline"/>
  </xsl:template>

  <xsl:template match="text()" mode="h:block" as="text()?">
    <xsl:if test="normalize-space()">
      <xsl:value-of select="."/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="h:block" priority="-1" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:message select="ed:unknown(.)"/>
    <div>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:marks">
        <xsl:with-param name="how" select="$how"/>
        <xsl:with-param name="side" select="'before'"/>
      </xsl:call-template>
      <xsl:if test="$how?content = true()">
        <xsl:apply-templates mode="h:block"/>
      </xsl:if>
      <xsl:call-template name="h:marks">
        <xsl:with-param name="how" select="$how"/>
        <xsl:with-param name="side" select="'after'"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- ===== phrasing content ================================================================== -->

  <!-- the editorial elements and the plain phrase-level ones: a span with their marks (and, for a
       note that is an endnote in some view, its reference: html-notes.xsl) -->
  <xsl:template mode="h:inline" as="element()" match="
      tei:supplied | tei:gap | tei:sic | tei:unclear | tei:choice | tei:corr | tei:label | tei:add
    | tei:expan | tei:ex | tei:pb | tei:stamp | tei:soCalled | tei:q | tei:quote | tei:measure
    | tei:desc | tei:note | tei:orig | tei:reg | tei:term | tei:mentioned | tei:name">
    <xsl:variable name="how" select="h:how(.)"/>
    <span>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- a line break: <br/> when it reads as one in every view -->
  <xsl:template match="tei:lb" mode="h:inline" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:choose>
      <xsl:when test="every $m in $how satisfies ($m?before eq $h:line-break and not($m?content))">
        <br>
          <xsl:sequence select="h:attributes(., (), $how)"/>
        </br>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:sequence select="h:attributes(., (), $how)"/>
          <xsl:call-template name="h:edited">
            <xsl:with-param name="how" select="$how"/>
          </xsl:call-template>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- phrases with an HTML element of their own; hi as ed:emphasis reads its @rend -->
  <xsl:template mode="h:inline" as="element()" match="
      tei:foreign | tei:hi | tei:emph | tei:title | tei:abbr | tei:del">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:variable name="emphasis" select="if (self::tei:hi) then ed:emphasis(.) else ()"/>
    <xsl:element name="{
      if (self::tei:foreign) then 'i' else if (self::tei:emph) then 'em'
      else if (self::tei:title) then 'cite' else if (self::tei:abbr) then 'abbr' else if (self::tei:del) then 'del'
      else (map { 'italic': 'i', 'bold': 'b', 'underline': 'u', 'superscript': 'sup', 'subscript': 'sub',
                  'strikethrough': 's' }($emphasis), 'span')[1]}">
      <xsl:sequence select="h:attributes(., $emphasis ! ('tei-hi-' || .), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <!-- a reference: a link to its target, unless it is inside a link already -->
  <xsl:template match="tei:ref" mode="h:inline" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:variable name="target" select="tokenize(@target)[1]"/>
    <xsl:variable name="in-link" select="exists(ancestor::tei:ref[@target] | ancestor::tei:persName[@ref]
      | ancestor::tei:placeName[@ref] | ancestor::tei:orgName[@ref])"/>
    <xsl:element name="{if (exists($target) and not($in-link)) then 'a' else 'span'}">
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:if test="exists($target) and not($in-link)">
        <xsl:attribute name="href" select="$target"/>
      </xsl:if>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <!-- a number: HTML's data element with the machine-readable value -->
  <xsl:template match="tei:num" mode="h:inline" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:element name="{if (@value) then 'data' else 'span'}">
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:if test="@value">
        <xsl:attribute name="value" select="@value"/>
      </xsl:if>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <!-- a date or a time of day: HTML's time element when it has a valid @when; a range in the tooltip -->
  <xsl:template match="tei:date | tei:time" mode="h:inline" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <!-- a day and month without a year (- -MM-DD) is an HTML yearless date: MM-DD -->
    <xsl:variable name="datetime" select="
      if (self::tei:time) then @when[. castable as xs:time] ! string()
      else if (starts-with(@when, '--')) then @when[. castable as xs:gMonthDay] ! substring(., 3)
      else h:datetime(@when)"/>
    <xsl:element name="{if (exists($datetime)) then 'time' else 'span'}">
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:if test="exists($datetime)">
        <xsl:attribute name="datetime" select="$datetime"/>
      </xsl:if>
      <xsl:variable name="range" select="
        (@from ! ('from ' || .), @notBefore ! ('not before ' || .),
         @to ! ('to ' || .), @notAfter ! ('not after ' || .))"/>
      <xsl:if test="exists($range)">
        <xsl:attribute name="title" select="string-join($range, ' ')"/>
      </xsl:if>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <!-- blocks met inside phrasing content (not in Edition's TEI): spans, so the HTML stays valid -->
  <xsl:template mode="h:inline" as="element()" match="
      tei:p | tei:ab | tei:seg | tei:salute | tei:dateline | tei:signed | tei:byline | tei:trailer | tei:addrLine
    | tei:head | tei:l | tei:list | tei:item | tei:table | tei:row | tei:cell
    | tei:*[local-name() = $ed:containers]">
    <xsl:variable name="how" select="h:how(.)"/>
    <span>
      <xsl:sequence select="h:attributes(., 'ed-block', $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template match="text()" mode="h:inline" as="text()">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="*" mode="h:inline" priority="-1" as="element()">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:message select="ed:unknown(.)"/>
    <span>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </span>
  </xsl:template>

</xsl:stylesheet>
