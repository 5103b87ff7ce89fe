<?xml version="1.0" encoding="UTF-8"?>
<!--
  One document of the edition as the site needs to know it: its id (given by the Java side, which
  owns paths), title, date, type, source and licence, a few counts, and every name mention with the
  id it has on the document page. The Java side gathers these in date order into the parts of the
  site summary (site-<n>.xml, the documents of one listing page each) and counts them into its
  digest (site.xml), for the pages that list documents or names (home, chronology, indexes, about).

  Input: a TEI document. Output: <document> (no namespace). The mention ids come from the same
  numbering as the HTML edition (h:numbered in ../html/html-page.xsl), so they exist on the page.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:s="urn:x-edition:xslt:site"
    xmlns:h="urn:x-edition:xslt:html"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../html/html.xsl"/>
  <xsl:include href="site-passages.xsl"/>

  <!-- the document's id: its file name without .xml, which names its pages and downloads -->
  <xsl:param name="id" as="xs:string" required="yes"/>

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" indent="no"/>

  <xsl:template match="/" as="element(document)">
    <xsl:variable name="tei" as="element()" select="*"/>
    <xsl:variable name="header" select="$tei/tei:teiHeader"/>
    <xsl:variable name="text" select="$tei/tei:text"/>
    <xsl:variable name="mentions" select="$text//(tei:persName | tei:placeName | tei:orgName)"/>
    <xsl:variable name="numbers" select="h:numbered($mentions)"/>
    <xsl:variable name="date" select="$header/tei:profileDesc/tei:creation/tei:date[1]"/>
    <xsl:variable name="bibl" select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[1]"/>
    <xsl:variable name="availability" select="$header/tei:fileDesc/tei:publicationStmt/tei:availability"/>
    <document id="{$id}">
      <xsl:if test="exists(h:datetime($date/@when))">
        <xsl:attribute name="date" select="$date/@when"/>
      </xsl:if>
      <xsl:attribute name="type" select="($text//tei:div[@type = 'document']/@subtype, 'document')[1]"/>
      <title>{h:title($tei)}</title>
      <date-text>{normalize-space($date)}</date-text>
      <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
        <author>{normalize-space(.)}</author>
      </xsl:for-each>
      <xsl:for-each select="$bibl/tei:publisher[normalize-space()]">
        <source url="{$bibl/tei:ref[1]/@target}">{normalize-space(.)}</source>
      </xsl:for-each>
      <licence url="{$availability/tei:licence/@target}">{
        normalize-space(($availability/tei:licence, $availability/tei:p)[1])}</licence>
      <counts words="{count(tokenize(normalize-space(string($text))))}"
          supplied="{count($text//tei:supplied)}" gap="{count($text//tei:gap)}"
          note="{count($text//tei:note)}" corrections="{count($text//(tei:sic | tei:corr | tei:unclear))}"/>
      <xsl:for-each select="$mentions">
        <mention ref="{substring-after(tokenize(@ref)[1], '#')}"
            id="{(@xml:id, 'ed-name-' || $numbers(generate-id()))[1]}" kind="{$h:kinds(local-name())}">{
          normalize-space(.)}</mention>
      </xsl:for-each>
      <xsl:for-each select="h:passages($text)">
        <passage id="{h:passage-id(.)}">{s:plain(.)}</passage>
      </xsl:for-each>
    </document>
  </xsl:template>

</xsl:stylesheet>
