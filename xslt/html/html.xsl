<?xml version="1.0" encoding="UTF-8"?>
<!--
  HTML edition of a TEI document: one self-contained HTML5 page (served as text/html, written as
  well-formed XHTML syntax so that any XML parser can read it back).

  The editorial decisions come from ../common/editorial.xsl; the modules here only implement HTML
  primitives. The text is rendered once: every editorial element carries the marks of all three
  views (bracketed, reading, diplomatic) in spans classed by view, and three radio inputs at the
  top of the page choose, through CSS alone, which view is shown (see html-core.xsl).

  Run on its own:
    java -cp target/edition.jar net.sf.saxon.Transform -s:doc.xml -xsl:xslt/html/html.xsl -o:doc.html

  Modules:
    html-core.xsl      the view machinery: marks and content per view, classes, tooltips
    html-page.xsl      the page: head, inline CSS, view switch, landmarks
    html-header.xsl    the metadata header, how to cite, the footer
    html-text.xsl      the text: blocks and inline elements
    html-notes.xsl     endnotes (where ed:render-as says so: the reading view) with back-links
    html-register.xsl  names in the text and the register of persons, places and organizations
    html-passages.xsl  the passages of the text (the blocks a link or the site's search points to)
    edition.css        the stylesheet, inlined into each page
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../common/editorial.xsl"/>

  <!-- the view shown when the page opens: bracketed | reading | diplomatic -->
  <xsl:param name="view" as="xs:string" select="'bracketed'"/>
  <!-- URL of an external stylesheet to link instead of inlining the CSS; empty: inline -->
  <xsl:param name="css-href" as="xs:string" select="''"/>
  <!-- where the CSS to inline is read from; by default edition.css beside this stylesheet -->
  <xsl:param name="css-source" as="xs:string" select="$h:css-default-source"/>

  <!-- edition.css, read once when the stylesheet is compiled, not for every page: the CSS inlined
       while css-source keeps its default (if it can be read and needs no escaping; else
       h:css reads it and warns) -->
  <xsl:variable name="h:css-default-source" as="xs:string" static="yes"
      select="resolve-uri('edition.css', static-base-uri())"/>
  <xsl:variable name="h:css-default" as="xs:string?" static="yes"
      select="if (unparsed-text-available($h:css-default-source))
              then unparsed-text($h:css-default-source)[not(matches(., '[&lt;&gt;&amp;]'))] else ()"/>

  <!-- Indented by the serializer, which adds white space only where HTML ignores it: between
       blocks, and in place of a space where it breaks a long line of text. (An indenting pass of
       our own over the finished page cost a third of the rendering time.) -->
  <xsl:output method="xhtml" html-version="5.0" encoding="UTF-8" omit-xml-declaration="yes"
      include-content-type="no" indent="yes"/>

  <!-- the page is built from the document node -->
  <xsl:mode on-no-match="shallow-skip" use-accumulators="#all"/>
  <!-- blocks of the text: div, head, opener, p, list, table, closer ... -->
  <xsl:mode name="h:block" on-no-match="shallow-skip"/>
  <!-- phrasing content: editorial elements, names, dates, numbers ... -->
  <xsl:mode name="h:inline" on-no-match="shallow-skip"/>
  <!-- the entries of the standOff -->
  <xsl:mode name="h:register" on-no-match="shallow-skip"/>
  <!-- the teiHeader as the page header (title, date, correspondents, source, how to cite) -->
  <xsl:mode name="h:header" on-no-match="shallow-skip"/>
  <!-- the teiHeader as the page footer (licence, provenance, editorial principles) -->
  <xsl:mode name="h:footer" on-no-match="shallow-skip"/>
  <!-- the prose of the editorial declarations in the teiHeader -->
  <xsl:mode name="h:prose" on-no-match="shallow-skip"/>
  <!-- a note's content copied into the list of notes: its ids made distinct from the text's -->
  <xsl:mode name="h:note-copy" on-no-match="shallow-copy"/>

  <xsl:include href="html-core.xsl"/>
  <xsl:include href="html-page.xsl"/>
  <xsl:include href="html-header.xsl"/>
  <xsl:include href="html-text.xsl"/>
  <xsl:include href="html-notes.xsl"/>
  <xsl:include href="html-register.xsl"/>
  <xsl:include href="html-passages.xsl"/>

</xsl:stylesheet>
