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
    'endnote' : (reading) the note is printed at the end, numbered by ed:note-number
    'footnote': (bracketed) the note is printed at the end after its mark, its 'before'
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:x-edition:xslt"
    exclude-result-prefixes="#all">

  <!-- The formats ask once per element and view (the HTML through h:how, and not at all for an
       element ed:is-edited says it has no decision for). -->
  <xsl:function name="ed:render-as" as="map(xs:string, item())">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="bracketed" select="$view eq 'bracketed'"/>
    <xsl:variable name="diplomatic" select="$view eq 'diplomatic'"/>
    <xsl:choose>
      <xsl:when test="not(ed:is-edited($e))">
        <xsl:sequence select="$ed:as-is"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:supplied">
        <xsl:variable name="conjecture" select="$e/@cert = 'low' and $e/@reason = 'conjecture'"/>
        <xsl:sequence select="
          if ($bracketed) then (if ($conjecture) then $ed:in-brackets-uncertain else $ed:in-brackets)
          else if ($diplomatic) then $ed:supplied-mark
          else if ($e/@reason = $ed:other-forms) then $ed:in-parentheses
          else $ed:as-is"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:gap">
        <xsl:sequence select="ed:marker(if ($bracketed) then '[' || string($e/tei:desc) || ']' else '[…]')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:sic[not(parent::tei:choice)]">
        <xsl:sequence select="if ($bracketed) then ed:wrap('', ' [' || ($e/@rend, 'sic')[1] || ']') else $ed:as-is"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:unclear">
        <xsl:sequence select="if ($bracketed) then ed:wrap('', ' [' || ($e/@rend, '?')[1] || ']') else $ed:as-is"/>
      </xsl:when>
      <!-- choice: the source's form (sic, orig, abbr) and the edited one (corr, reg, expan); the
           formats print the children in the order of ed:children, the source's form first -->
      <xsl:when test="ed:choice-side($e) = 'source'">
        <xsl:sequence select="if ($view eq 'reading' and ed:choice-side($e/../*) = 'edited') then $ed:nothing else $ed:as-is"/>
      </xsl:when>
      <xsl:when test="ed:choice-side($e) = 'edited'">
        <!-- reading: the first edited form; bracketed: every edited form in brackets after the source's -->
        <xsl:variable name="has-source" select="ed:choice-side($e/../*) = 'source'"/>
        <xsl:variable name="first" select="empty($e/preceding-sibling::*[ed:choice-side(.) = 'edited'])"/>
        <xsl:sequence select="
          if ($bracketed and $has-source) then $ed:after-in-brackets
          else if ($diplomatic and $has-source) then $ed:nothing
          else if ($view eq 'reading' and not($first)) then $ed:nothing
          else $ed:as-is"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:del">
        <!-- struck out in the source: in double brackets where the source is shown, left out in reading -->
        <xsl:sequence select="if ($view eq 'reading') then $ed:nothing else $ed:in-double-brackets"/>
      </xsl:when>
      <xsl:when test="($e/self::tei:q | $e/self::tei:quote)[not(ed:is-block(.))]">
        <!-- a quotation: its marks, unless the text already has them (Edition keeps them as text) -->
        <xsl:sequence select="if (matches(string($e), '^\s*[&quot;“‘«„‚‹]')) then $ed:as-is else $ed:in-quotes"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:note[@place = 'inline'][@type = ('stamp', 'annotation')]">
        <!-- "[Stamp:]": a label the translator put before what follows; only the bracketed view shows it -->
        <xsl:sequence select="if ($bracketed) then $ed:in-brackets else $ed:nothing"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:note[ancestor::tei:text]">
        <!-- a note in the text (not one of the register's or the header's, which read as they are)
             reading: a numbered endnote (ed:note-number); the formats list the notes at the end.
             bracketed: in place, in brackets; a footnote (any @place but inline) apart from the
             word it follows; but a translator's numbered footnote as the translator printed it: its
             mark in place ("a settlement.[1]"), the formats listing the notes at the end ("[1] ...") -->
        <xsl:sequence select="
          if ($bracketed and $e/@place = ('foot', 'end') and $e/@n and $e/@type = 'translator'
              and not($e/ancestor::tei:note))
            then map { 'before': '[' || $e/@n || ']', 'after': '', 'content': false(), 'footnote': true() }
          else if ($bracketed) then ed:wrap(if ($e/@place = 'inline') then '[' else ' [', ']')
          else if ($view eq 'reading') then map { 'before': '', 'after': '', 'content': false(), 'endnote': true() }
          else $ed:nothing"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:add">
        <!-- an addition in the source: the source has it, so every view shows it; reading sets a
             labelled one ("[handwritten: approved]") apart in parentheses, and the diplomatic view
             leaves out the label, which is the translator's description -->
        <xsl:sequence select="
          if ($bracketed) then $ed:in-brackets
          else if ($view eq 'reading' and $e/tei:label) then $ed:in-parentheses
          else $ed:as-is"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:label[parent::tei:add]">
        <xsl:sequence select="if ($diplomatic) then $ed:nothing else $ed:as-is"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:ex">
        <!-- letters the translator supplied in an abbreviation -->
        <xsl:sequence select="
          if ($bracketed) then $ed:in-brackets
          else if ($view eq 'reading') then $ed:as-is
          else $ed:nothing"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:pb">
        <xsl:sequence select="ed:marker(
          if ($bracketed) then '[' || ($e/@rend, 'page ' || $e/@n, 'page break')[1] || ']'
          else if ($diplomatic) then '[' || ('page ' || $e/@n, 'page break')[1] || ']'
          else '')"/>
      </xsl:when>
      <xsl:when test="$e/self::tei:lb">
        <xsl:sequence select="$ed:line-break"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$ed:as-is"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Whether ed:render-as has a decision for $e: for any other element it answers "as it is" in
       every view, and a format may skip asking. -->
  <xsl:function name="ed:is-edited" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*) and map:contains($ed:edited, local-name($e))"/>
  </xsl:function>

  <!-- the TEI elements ed:render-as has a decision for (every one its xsl:choose names); any other
       reads as it is in every view -->
  <xsl:variable name="ed:edited" as="map(xs:string, xs:boolean)" static="yes" select="map:merge((
    'supplied', 'gap', 'sic', 'unclear', 'orig', 'abbr', 'corr', 'reg', 'expan', 'del', 'q', 'quote',
    'note', 'add', 'label', 'ex', 'pb', 'lb') ! map:entry(., true()))"/>

  <!-- The reasons of supplied words that give another form of the name before them: the reading
       view gives them in parentheses ("Khuzistan (Arabistan)"). The converter reads this list from
       here for the header's fields (ReadingText), so that it is written once. -->
  <xsl:variable name="ed:other-forms" as="xs:string+" static="yes"
      select="('alt-romanization', 'acronym', 'expansion', 'gloss', 'original-term')"/>

  <!-- The answers that do not depend on the element's text, made once when the stylesheet is
       compiled (as ed:wrap and ed:marker would make them): building a map costs more than the
       rest of a decision. -->
  <xsl:variable name="ed:as-is" as="map(xs:string, item())" static="yes"
      select="map { 'before': '', 'after': '', 'content': true() }"/>
  <xsl:variable name="ed:nothing" as="map(xs:string, item())" static="yes"
      select="map { 'before': '', 'after': '', 'content': false() }"/>
  <xsl:variable name="ed:in-brackets" as="map(xs:string, item())" static="yes"
      select="map { 'before': '[', 'after': ']', 'content': true() }"/>
  <xsl:variable name="ed:in-brackets-uncertain" as="map(xs:string, item())" static="yes"
      select="map { 'before': '[', 'after': '?]', 'content': true() }"/>
  <xsl:variable name="ed:after-in-brackets" as="map(xs:string, item())" static="yes"
      select="map { 'before': ' [', 'after': ']', 'content': true() }"/>
  <xsl:variable name="ed:in-double-brackets" as="map(xs:string, item())" static="yes"
      select="map { 'before': '⟦', 'after': '⟧', 'content': true() }"/>
  <xsl:variable name="ed:in-parentheses" as="map(xs:string, item())" static="yes"
      select="map { 'before': '(', 'after': ')', 'content': true() }"/>
  <xsl:variable name="ed:in-quotes" as="map(xs:string, item())" static="yes"
      select="map { 'before': '“', 'after': '”', 'content': true() }"/>
  <!-- where supplied text is left out (diplomatic) -->
  <xsl:variable name="ed:supplied-mark" as="map(xs:string, item())" static="yes"
      select="map { 'before': '⟨…⟩', 'after': '', 'content': false() }"/>
  <!-- a line break, as the character U+E000 that the formats replace with their own -->
  <xsl:variable name="ed:line-break" as="map(xs:string, item())" static="yes"
      select="map { 'before': '&#xE000;', 'after': '', 'content': false() }"/>

  <!-- The number of a note among the notes the reading view lists, in document order: an enclosing
       note comes before the notes inside it. Both formats number references and notes with it. -->
  <xsl:function name="ed:note-number" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="endnotes" select="key('ed:endnotes', true(), root($note))"/>
    <xsl:sequence select="ed:rank($endnotes, $note, 1, count($endnotes))"/>
  </xsl:function>

  <!-- The heading the notes are listed under in a view: the one the translator printed above the
       footnotes (the head of a divGen type="footnotes"), else, where the view lists notes of its own
       (reading), "Notes"; the diplomatic view lists none. -->
  <xsl:function name="ed:notes-heading" as="xs:string?">
    <xsl:param name="text" as="element()*"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="printed" select="($text//tei:divGen[@type = 'footnotes']/tei:head)[1] ! normalize-space()"/>
    <xsl:sequence select="if ($view eq 'bracketed') then $printed
      else if ($view eq 'reading') then ($printed, 'Notes')[1] else ()"/>
  </xsl:function>

  <!-- the document's endnotes in document order, found once per document (a document with
       thousands of notes is numbered in n log n, not n squared) -->
  <xsl:key name="ed:endnotes" match="tei:note" use="ed:is-endnote(.)"/>

  <!-- 1 + how many of $nodes (in document order) come before $node: a binary search in $lo..$hi -->
  <xsl:function name="ed:rank" as="xs:integer">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="node" as="node()"/>
    <xsl:param name="lo" as="xs:integer"/>
    <xsl:param name="hi" as="xs:integer"/>
    <xsl:variable name="mid" select="($lo + $hi) idiv 2"/>
    <xsl:sequence select="
      if ($lo gt $hi) then $lo
      else if ($nodes[$mid] &lt;&lt; $node) then ed:rank($nodes, $node, $mid + 1, $hi)
      else ed:rank($nodes, $node, $lo, $mid - 1)"/>
  </xsl:function>

  <!-- A note that the reading view turns into a numbered endnote: one that ed:render-as makes an
       endnote and that the reading view reaches, every element around it in the text being printed
       there (or itself an endnote, for a note inside a note). A note inside a sic that a correction
       replaces, for instance, is not read, so it gets no number. -->
  <xsl:function name="ed:is-endnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="exists($note/ancestor::tei:text) and ed:render-as($note, 'reading')?endnote
      and (every $a in $note/ancestor::*[ancestor::tei:text]
           satisfies (ed:render-as($a, 'reading') ! (?content or ?endnote)))"/>
  </xsl:function>

  <!-- The nodes an element's content is printed from, in order: a choice's source form first, then
       its edited forms (so that "sic [corr]" reads the same whichever order the TEI has). -->
  <xsl:function name="ed:children" as="node()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/self::tei:choice) then ($e/*[ed:choice-side(.) = 'source'], $e/*[not(ed:choice-side(.) = ('source', 'edited'))],
                                     $e/*[ed:choice-side(.) = 'edited'])
      else $e/node()"/>
  </xsl:function>

  <!-- Within a choice: 'source' for what the source has (sic, orig, abbr), 'edited' for what the
       editor offers instead (corr, reg, expan); nothing for other elements. -->
  <xsl:function name="ed:choice-side" as="xs:string*">
    <xsl:param name="e" as="element()*"/>
    <xsl:sequence select="$e[parent::tei:choice] ! (
      if (self::tei:sic | self::tei:orig | self::tei:abbr) then 'source'
      else if (self::tei:corr | self::tei:reg | self::tei:expan) then 'edited' else ())"/>
  </xsl:function>

  <!-- How a hi reads: the first rendition of @rend (or @rendition) the formats can show. -->
  <xsl:function name="ed:emphasis" as="xs:string">
    <xsl:param name="hi" as="element()"/>
    <xsl:variable name="known" select="('italic', 'bold', 'underline', 'smallcaps', 'superscript', 'subscript', 'strikethrough')"/>
    <xsl:variable name="tokens" select="tokenize(lower-case(string-join(($hi/@rend, $hi/@rendition), ' ')), '[\s#]+')
      ! (if (. = ('i', 'it', 'italics', 'emphasis')) then 'italic' else if (. = ('b', 'strong')) then 'bold'
         else if (. = ('u', 'ul')) then 'underline' else if (. = ('small-caps', 'sc')) then 'smallcaps'
         else if (. = ('sup', 'super')) then 'superscript' else if (. = 'sub') then 'subscript'
         else if (. = ('strike', 'overstrike', 'line-through')) then 'strikethrough' else .)"/>
    <xsl:sequence select="($tokens[. = $known], 'italic')[1]"/>
  </xsl:function>

  <!-- ===== structure: what the formats lay out as blocks, and which elements are known ===== -->

  <!-- elements whose children are blocks -->
  <xsl:variable name="ed:containers" as="xs:string+" static="yes" select="(
    'text', 'front', 'body', 'back', 'group', 'div', 'opener', 'closer', 'postscript', 'argument',
    'epigraph', 'lg', 'address')"/>
  <!-- elements that are a block of text wherever they stand; a divGen marks where a generated list
       goes and prints nothing in its place (its head heads the notes: ed:notes-heading) -->
  <xsl:variable name="ed:blocks" as="xs:string+" static="yes" select="(
    'p', 'ab', 'head', 'salute', 'dateline', 'signed', 'byline', 'trailer', 'addrLine', 'l', 'list', 'table',
    'divGen')"/>
  <!-- elements that are a block among blocks (in a container) and phrasing elsewhere -->
  <xsl:variable name="ed:either" as="xs:string+" static="yes" select="('seg', 'quote', 'q', 'label')"/>
  <!-- phrasing elements, and the parts of lists and tables -->
  <xsl:variable name="ed:phrases" as="xs:string+" static="yes" select="(
    'supplied', 'gap', 'desc', 'sic', 'unclear', 'choice', 'corr', 'orig', 'reg', 'abbr', 'expan',
    'ex', 'note', 'add', 'del', 'pb', 'lb', 'stamp', 'date', 'time', 'num', 'measure', 'soCalled',
    'foreign', 'hi', 'emph', 'term', 'mentioned', 'title', 'ref', 'name', 'persName', 'placeName',
    'orgName', 'item', 'row', 'cell')"/>

  <!-- The same lists as one map, name to its list ('container', 'block', 'either', 'phrase'): a
       lookup per element instead of a comparison with each name. Static, as every constant here:
       made once when the stylesheet is compiled, not for every document. -->
  <xsl:variable name="ed:layout" as="map(xs:string, xs:string)" static="yes" select="map:merge((
    $ed:containers ! map:entry(., 'container'), $ed:blocks ! map:entry(., 'block'),
    $ed:either ! map:entry(., 'either'), $ed:phrases ! map:entry(., 'phrase')))"/>

  <!-- An element the stylesheets render by design; any other is rendered by its content, with a
       warning (ed:unknown). -->
  <xsl:function name="ed:is-known" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*) and map:contains($ed:layout, local-name($e))"/>
  </xsl:function>

  <!-- The text of the warning for an element the stylesheets do not know (W050). -->
  <xsl:function name="ed:unknown" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'WARNING: unhandled element ' || name($e)"/>
  </xsl:function>

  <!-- An element whose children are laid out as blocks: a container, a quotation of paragraphs or
       verse, or an unknown element holding blocks. -->
  <xsl:function name="ed:is-container" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="$e instance of element() and ($ed:layout(local-name($e)) eq 'container'
      or ((local-name($e) = 'quote' or not(ed:is-known($e)))
          and exists($e/*[$ed:layout(local-name()) = ('container', 'block') or ed:is-container(.)])))"/>
  </xsl:function>

  <!-- A block: a paragraph-like element, a container, or one that stands among blocks. -->
  <xsl:function name="ed:is-block" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <!-- the test first: a phrase of TEI (most elements) is none of these -->
    <xsl:sequence select="$n instance of element()
      and not($n/self::tei:* and $ed:layout(local-name($n)) eq 'phrase')
      and ($ed:layout(local-name($n)) = ('container', 'block')
      or ed:is-container($n)
      or (($ed:layout(local-name($n)) eq 'either' or not(ed:is-known($n))) and $n/parent::* ! ed:is-container(.)))"/>
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
    <!-- a list from elsewhere without @rend: its unnumbered items bulleted -->
    <xsl:variable name="mark" select="
      if (exists($bullet) or exists($item/parent::tei:list/@rend) or $item/@n) then $bullet else '•'"/>
    <xsl:sequence select="string-join(($mark, $label), ' ')"/>
  </xsl:function>

</xsl:stylesheet>
