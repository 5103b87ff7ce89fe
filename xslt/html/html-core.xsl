<?xml version="1.0" encoding="UTF-8"?>
<!--
  The view machinery. Every editorial decision comes from ed:render-as (../common/editorial.xsl),
  asked once per view; this module turns the three answers into HTML:

    - a mark (the 'before' or 'after' string) becomes <span class="ed-mark ...">; one span per
      distinct string, classed with the views that print it: ed-v ed-in-bracketed ... (a mark
      printed in every view has no view classes);
    - content printed in some views only is wrapped in <span class="ed-content ed-v ed-in-...">;
    - an element that prints nothing at all in a view gets ed-v plus the views where it prints;
    - where the answer has 'endnote': true(), a numbered reference to the list of notes
      (html-notes.xsl), classed with those views.

  CSS (edition.css) hides every .ed-v that lacks the ed-in-* class of the checked view.
  The lb mark (U+E000 in editorial.xsl) becomes <br/>.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:variable name="h:views" as="xs:string+" static="yes" select="('bracketed', 'reading', 'diplomatic')"/>
  <xsl:variable name="h:line-break" as="xs:string" static="yes" select="'&#xE000;'"/>

  <!-- The classes that show an element only in $views: '' when it shows in all of them. -->
  <xsl:function name="h:in-views" as="xs:string">
    <xsl:param name="views" as="xs:string*"/>
    <xsl:sequence select="h:in($h:views ! (. = $views))"/>
  </xsl:function>

  <!-- The same from one flag per view, in the order of $h:views: true where the element shows. -->
  <xsl:function name="h:in" as="xs:string">
    <xsl:param name="shows" as="xs:boolean+"/>
    <xsl:sequence select="$h:view-classes[1 + (if ($shows[1]) then 1 else 0) + (if ($shows[2]) then 2 else 0)
                                            + (if ($shows[3]) then 4 else 0)]"/>
  </xsl:function>

  <!-- h:in-views of every subset of $h:views, by its bits (1, 2, 4 in the order of $h:views): a
       lookup instead of a string built for every element -->
  <xsl:variable name="h:view-classes" as="xs:string+" static="yes" select="
    for $bits in 0 to 7 return
      if ($bits eq 7) then ''
      else string-join(('ed-v', for $i in 1 to 3 return
                                  if (($bits idiv (1, 2, 4)[$i]) mod 2 eq 1) then 'ed-in-' || $h:views[$i] else ()), ' ')"/>

  <!-- What ed:render-as answers for the element in each of $h:views, in that order. A template
       asks once per element and hands the answers ($how) to h:attributes and h:edited. -->
  <xsl:function name="h:how" as="map(xs:string, item())+">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (ed:is-edited($e))
      then (ed:render-as($e, 'bracketed'), ed:render-as($e, 'reading'), ed:render-as($e, 'diplomatic'))
      else $h:as-is"/>
  </xsl:function>

  <!-- the answer for an element ed:render-as has no decision for, made once -->
  <xsl:variable name="h:as-is" as="map(xs:string, item())+" static="yes" select="($ed:as-is, $ed:as-is, $ed:as-is)"/>

  <!-- The views whose answer in $how has $key ('content', 'endnote') true. -->
  <xsl:function name="h:views-with" as="xs:string*">
    <xsl:param name="how" as="map(xs:string, item())+"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="for $i in 1 to 3 return $h:views[$i][$how[$i]($key)]"/>
  </xsl:function>

  <!-- The views in which the element is a numbered endnote (html-notes.xsl). -->
  <xsl:function name="h:endnote-views" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="h:views-with(h:how($e), 'endnote')"/>
  </xsl:function>

  <!-- Whether the element prints anything in each view: a mark, its content or an endnote reference. -->
  <xsl:function name="h:visible-in" as="xs:boolean+">
    <xsl:param name="how" as="map(xs:string, item())+"/>
    <xsl:sequence select="$how ! (?content or ?before ne '' or ?after ne '' or ?endnote)"/>
  </xsl:function>

  <!-- A class attribute from tokens, empty ones left out. -->
  <xsl:function name="h:class" as="attribute(class)">
    <xsl:param name="tokens" as="xs:string*"/>
    <xsl:attribute name="class" select="string-join($tokens[. ne ''], ' ')"/>
  </xsl:function>

  <!-- tei-{name} and tei-{name}-{type|reason|subtype|cert}: where the element comes from. -->
  <xsl:function name="h:tei-classes" as="xs:string+">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="name" select="local-name($e)"/>
    <xsl:sequence select="'tei-' || $name"/>
    <xsl:if test="$e/(@type | @reason | @subtype | @cert)">
      <xsl:sequence select="
        ($e/@type, $e/@reason, $e/@subtype, $e/@cert ! ('cert-' || .))
        ! tokenize(string(.)) ! ('tei-' || $name || '-' || replace(., '[^A-Za-z0-9_-]', '-'))"/>
    </xsl:if>
  </xsl:function>

  <!-- The attributes every generated element carries: class, id from xml:id (a passage's id for a
       passage without one: html-passages.xsl), lang from xml:lang;
       $how: h:how($e). -->
  <xsl:function name="h:attributes" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="extra-classes" as="xs:string*"/>
    <xsl:param name="how" as="map(xs:string, item())+"/>
    <xsl:sequence select="h:class((h:tei-classes($e), if (ed:is-edited($e)) then h:in(h:visible-in($how)) else (),
                                   $extra-classes))"/>
    <xsl:variable name="id" select="($e/@xml:id,
        (: the test first: most elements are not passages, and a call costs :)
        if (map:contains($h:passage-names, local-name($e))) then h:passage-id($e) else ())[1]"/>
    <xsl:if test="exists($id)">
      <xsl:attribute name="id" select="$id"/>
    </xsl:if>
    <xsl:if test="$e/@xml:lang">
      <xsl:attribute name="lang" select="$e/@xml:lang"/>
    </xsl:if>
    <xsl:variable name="title" select="h:describe($e)"/>
    <xsl:if test="exists($title)">
      <xsl:attribute name="title" select="$title"/>
    </xsl:if>
  </xsl:function>

  <xsl:function name="h:attributes" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="extra-classes" as="xs:string*"/>
    <xsl:sequence select="h:attributes($e, $extra-classes, h:how($e))"/>
  </xsl:function>

  <xsl:function name="h:attributes" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="h:attributes($e, (), h:how($e))"/>
  </xsl:function>

  <!-- The marks on one side ('before' or 'after') of an element, from the answers $how (h:how):
       one span per distinct string, classed with the views that print it. A template, not a
       function, so that the spans go straight to the page instead of each into a tree of its own. -->
  <xsl:template name="h:marks" as="element()*">
    <xsl:param name="how" as="map(xs:string, item())+" required="yes"/>
    <xsl:param name="side" as="xs:string" required="yes"/>
    <!-- a footnote's mark is a link to its note (h:footnote-reference), not a mark of text -->
    <xsl:variable name="marks" as="xs:string+" select="$how ! (if (?footnote) then '' else string(.($side)))"/>
    <xsl:for-each select="distinct-values($marks[. ne ''])">
      <xsl:variable name="mark" select="."/>
      <xsl:variable name="views" select="h:in($marks ! (. eq $mark))"/>
      <span class="ed-mark ed-{$side}{if ($views eq '') then '' else ' ' || $views}">
        <xsl:call-template name="h:with-breaks">
          <xsl:with-param name="text" select="$mark"/>
        </xsl:call-template>
      </span>
    </xsl:for-each>
  </xsl:template>

  <!-- A mark's text, the line-break mark of editorial.xsl as <br/>. -->
  <xsl:template name="h:with-breaks" as="node()*">
    <xsl:param name="text" as="xs:string" required="yes"/>
    <xsl:choose>
      <xsl:when test="not(contains($text, $h:line-break))">
        <xsl:value-of select="$text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="tokenize($text, $h:line-break)">
          <xsl:if test="position() gt 1"><br/></xsl:if>
          <xsl:if test=". ne ''">
            <xsl:value-of select="."/>
          </xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The marks and content of the context element, as ed:render-as says for each view.
       $children: the nodes that make up its content (by default ed:children: all of them, in the
       order editorial.xsl gives); $how: h:how(.), if the caller has it already. -->
  <xsl:template name="h:edited" as="node()*">
    <xsl:context-item as="element()" use="required"/>
    <xsl:param name="children" as="node()*" select="ed:children(.)"/>
    <xsl:param name="how" as="map(xs:string, item())+" select="h:how(.)"/>
    <xsl:choose>
      <!-- an element ed:render-as has no decision for: its content, as it is, in every view -->
      <xsl:when test="not(ed:is-edited(.))">
        <xsl:apply-templates select="$children" mode="h:inline"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="h:edited-in-views">
          <xsl:with-param name="children" select="$children"/>
          <xsl:with-param name="how" select="$how"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="h:edited-in-views" as="node()*">
    <xsl:context-item as="element()" use="required"/>
    <xsl:param name="children" as="node()*" required="yes"/>
    <xsl:param name="how" as="map(xs:string, item())+" required="yes"/>
    <xsl:variable name="shown" as="xs:boolean+" select="$how ! ?content"/>
    <xsl:if test="$how?before != ''">
      <xsl:call-template name="h:marks">
        <xsl:with-param name="how" select="$how"/>
        <xsl:with-param name="side" select="'before'"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$how?endnote = true()">
      <xsl:call-template name="h:endnote-reference">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$how?footnote = true()">
      <xsl:call-template name="h:footnote-reference">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="not($shown = true())"/>
      <xsl:when test="not($shown = false())">
        <xsl:apply-templates select="$children" mode="h:inline"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="ed-content {h:in($shown)}">
          <xsl:apply-templates select="$children" mode="h:inline"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$how?after != ''">
      <xsl:call-template name="h:marks">
        <xsl:with-param name="how" select="$how"/>
        <xsl:with-param name="side" select="'after'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- the TEI elements h:describe has words for -->
  <xsl:variable name="h:described" as="map(xs:string, xs:boolean)" static="yes" select="map:merge((
    'supplied', 'gap', 'sic', 'corr', 'unclear', 'ex', 'add', 'del', 'note', 'measure', 'pb')
    ! map:entry(., true()))"/>

  <xsl:variable name="h:supplied-reasons" as="map(xs:string, xs:string)" static="yes" select="map {
    'clarification': 'Supplied by the translator for clarity',
    'date-completion': 'Part of the date supplied by the translator',
    'name-completion': 'Part of the name supplied by the translator',
    'alt-romanization': 'Another romanization or order of the name, given by the translator',
    'acronym': 'The acronym of the name, given by the translator',
    'expansion': 'The acronym spelled out by the translator',
    'gloss': 'Which one is meant: another name or an office, given by the translator',
    'original-term': 'The term in the original language, given by the translator',
    'conjecture': 'Conjectural reading supplied by the translator' }"/>
  <xsl:variable name="h:gap-reasons" as="map(xs:string, xs:string)" static="yes" select="map {
    'editorial': 'Not reproduced in the translation',
    'illegible': 'Illegible in the original',
    'withheld': 'Withheld: not declassified',
    'unknown': 'Unknown to the translator' }"/>

  <!-- The tooltip of an editorial element: what the intervention is, in words. -->
  <xsl:function name="h:describe" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:choose>
      <xsl:when test="not($e/self::tei:*) or not(map:contains($h:described, local-name($e)))"/>
      <xsl:when test="$e/self::tei:supplied">
        <xsl:sequence select="
          ($h:supplied-reasons(string($e/@reason)), 'Supplied by the translator')[1]
          || (if ($e/@cert = 'low') then ' (uncertain)' else '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:gap">
        <xsl:sequence select="
          ($h:gap-reasons(string($e/@reason)), 'Omission')[1]
          || (if ($e/@quantity) then ' (' || $e/@quantity || ' ' || $e/@unit
                                      || (if ($e/@quantity = '1') then '' else 's') || ')'
              else if ($e/@atMost) then ' (at most ' || $e/@atMost || ' ' || $e/@unit
                                      || (if ($e/@atMost = '1') then '' else 's') || ')' else '')
          || (if (normalize-space($e/tei:desc)) then ': ' || normalize-space($e/tei:desc) else '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:sic[parent::tei:choice]">As written in the original, corrected by the translator</xsl:when>
      <xsl:when test="$e/self::tei:sic">Reproduced as written in the original (sic)</xsl:when>
      <xsl:when test="$e/self::tei:corr">Correction by the translator</xsl:when>
      <xsl:when test="$e/self::tei:unclear">Uncertain reading</xsl:when>
      <xsl:when test="$e/self::tei:ex">Letters supplied by the translator in an abbreviation</xsl:when>
      <xsl:when test="$e/self::tei:add">Addition in the original{$e/tei:label ! (' (' || replace(normalize-space(.), ':$', '') || ')')}</xsl:when>
      <xsl:when test="$e/self::tei:del">Deleted in the original</xsl:when>
      <xsl:when test="$e/self::tei:note[@type = 'stamp']">Stamp in the original</xsl:when>
      <xsl:when test="$e/self::tei:note[@type = 'translator']">Note by the translator</xsl:when>
      <xsl:when test="$e/self::tei:note[@type = 'editorial']">Note by the editor</xsl:when>
      <xsl:when test="$e/self::tei:measure[@quantity]">{$e/@quantity} {$e/@unit}</xsl:when>
      <xsl:when test="$e/self::tei:pb">Page {$e/@n} of the original begins</xsl:when>
      <xsl:otherwise/>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
