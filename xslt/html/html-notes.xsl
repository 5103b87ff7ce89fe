<?xml version="1.0" encoding="UTF-8"?>
<!--
  Endnotes. Where ed:render-as answers 'endnote': true() for a note (with editorial.xsl as it is:
  any note but a stamp's label, in the reading view) and ed:is-endnote says the reading view
  reaches it, the note leaves a reference numbered by ed:note-number (the number the plain-text
  edition gives it too, and the key of its ids) in the text, and is printed in the list of notes
  at the end of main, with a link back. Both are classed with the views that make the note an
  endnote, so they show in those views only; in the other views the note reads in place as ed:render-as says (bracketed: "[Translator's note: ...]").
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

  <xsl:function name="h:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'ed-note-' || ed:note-number($note)"/>
  </xsl:function>

  <xsl:function name="h:noteref-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'ed-noteref-' || ed:note-number($note)"/>
  </xsl:function>

  <!-- the reference in the text, in the views where the context element is an endnote -->
  <xsl:template name="h:endnote-reference" as="element()?">
    <xsl:context-item as="element()" use="required"/>
    <xsl:param name="how" as="map(xs:string, item())+" select="h:how(.)"/>
    <xsl:variable name="views" select="h:views-with($how, 'endnote')"/>
    <xsl:if test="exists($views) and self::tei:note and ed:is-endnote(.)">
      <xsl:variable name="n" select="ed:note-number(.)"/>
      <sup>
        <xsl:sequence select="h:class(('ed-noteref', h:in-views($views)))"/>
        <a href="#{h:note-id(.)}" id="{h:noteref-id(.)}"><span class="ed-visually-hidden">Note </span>{$n}</a>
      </sup>
    </xsl:if>
  </xsl:template>

  <!-- the list of notes, numbered as the references; each note reads as its content does -->
  <xsl:template name="h:endnotes" as="element()?">
    <xsl:param name="text" as="element()*"/>
    <xsl:variable name="notes" select="$text//tei:note[ed:is-endnote(.)]"/>
    <xsl:if test="exists($notes)">
      <section aria-labelledby="ed-notes-title">
        <xsl:sequence select="h:class(('ed-notes', h:in-views(distinct-values($notes ! h:endnote-views(.)))))"/>
        <h2 id="ed-notes-title">{ed:notes-heading($text, 'reading')}</h2>
        <ol class="ed-endnotes">
          <xsl:for-each select="$notes">
            <xsl:variable name="n" select="ed:note-number(.)"/>
            <li value="{$n}" id="{h:note-id(.)}">
              <xsl:sequence select="h:class((h:tei-classes(.), h:in-views(h:endnote-views(.))))"/>
              <xsl:if test="@xml:lang">
                <xsl:attribute name="lang" select="@xml:lang"/>
              </xsl:if>
              <xsl:call-template name="h:note-content"/>
              <xsl:text> </xsl:text>
              <!-- the reference of a note inside a note is in the list's copy of the outer note -->
              <a class="ed-backref" href="#{h:noteref-id(.)}{'-note'[current()/ancestor::tei:note[ed:is-endnote(.)]]}"><span aria-hidden="true">&#x21A9;&#xFE0E;</span><span
                  class="ed-visually-hidden">Back to the text (note {$n})</span></a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The numbered footnotes as the bracketed view shows them (ed:render-as answers 'footnote'):
       their marks in the text, links to the notes after it, each note after its mark, as the
       translator printed them, with a link back. Numbered in document order (h:footnote-number):
       the marks are the translator's and need not be unique. -->
  <xsl:key name="h:footnotes" match="tei:note[@n]" use="exists(h:views-with(h:how(.), 'footnote'))"/>

  <xsl:function name="h:footnote-number" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="all" select="key('h:footnotes', true(), root($note))"/>
    <xsl:sequence select="ed:rank($all, $note, 1, count($all))"/>
  </xsl:function>

  <!-- the mark in the text, in the views where the context element is a footnote -->
  <xsl:template name="h:footnote-reference" as="element()">
    <xsl:context-item as="element()" use="required"/>
    <xsl:param name="how" as="map(xs:string, item())+" required="yes"/>
    <xsl:variable name="n" select="h:footnote-number(.)"/>
    <a href="#ed-footnote-{$n}" id="ed-footnoteref-{$n}">
      <xsl:sequence select="h:class(('ed-mark', 'ed-footnoteref', h:in-views(h:views-with($how, 'footnote'))))"/>
      <span class="ed-visually-hidden">Note </span>{ed:render-as(., 'bracketed')?before}</a>
  </xsl:template>

  <xsl:template name="h:footnotes" as="element()?">
    <xsl:param name="text" as="element()*"/>
    <xsl:variable name="notes" select="$text ! key('h:footnotes', true(), root(.))"/>
    <xsl:if test="exists($notes)">
      <section aria-labelledby="ed-footnotes-title">
        <xsl:sequence select="h:class(('ed-notes', h:in-views('bracketed')))"/>
        <h2 id="ed-footnotes-title">{ed:notes-heading($text, 'reading')}</h2>
        <ul class="ed-footnotes">
          <xsl:for-each select="$notes">
            <xsl:variable name="n" select="h:footnote-number(.)"/>
            <li id="ed-footnote-{$n}">
              <xsl:sequence select="h:class(h:tei-classes(.))"/>
              <a class="ed-mark" href="#ed-footnoteref-{$n}"><span class="ed-visually-hidden">Back to the text, note </span>{ed:render-as(., 'bracketed')?before}</a>
              <xsl:text> </xsl:text>
              <!-- where no view reads the note in place, this copy keeps the ids the register links to -->
              <xsl:call-template name="h:note-content">
                <xsl:with-param name="suffix" select="if (h:how(.)?content = true()) then '-footnote' else ''"/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A note's content in a list of notes. It is in the text too (in the views where the note
       reads in place), so its ids get $suffix to stay unique. -->
  <xsl:template name="h:note-content" as="node()*">
    <xsl:context-item as="element(tei:note)" use="required"/>
    <xsl:param name="suffix" as="xs:string" select="'-note'"/>
    <xsl:variable name="content" as="node()*">
      <xsl:apply-templates mode="h:inline"/>
    </xsl:variable>
    <xsl:apply-templates select="$content" mode="h:note-copy">
      <xsl:with-param name="suffix" select="$suffix" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="@id" mode="h:note-copy" as="attribute()">
    <xsl:param name="suffix" as="xs:string" select="'-note'" tunnel="yes"/>
    <xsl:attribute name="id" select=". || $suffix"/>
  </xsl:template>

</xsl:stylesheet>
