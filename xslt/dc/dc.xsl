<?xml version="1.0" encoding="UTF-8"?>
<!--
  A simple Dublin Core record (OAI-PMH oai_dc) of one TEI document, read from its teiHeader and the
  names of its standOff. Used by `edition package` for data/metadata/<name>.dc.xml. Every element
  is written only when the header states it; nothing is invented.

  Run on its own:
    java -cp target/edition.jar net.sf.saxon.Transform -s:doc.xml -xsl:xslt/dc/dc.xsl
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:dcx="urn:x-edition:dc"
    exclude-result-prefixes="xs tei dcx"
    expand-text="yes">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/tei:TEI">
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="file" select="$header/tei:fileDesc"/>
    <xsl:variable name="profile" select="$header/tei:profileDesc"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:for-each select="($file/tei:titleStmt/tei:title[@type = 'main'], $file/tei:titleStmt/tei:title)[1]">
        <dc:title>{dcx:text(.)}</dc:title>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:titleStmt/tei:author">
        <dc:creator>{dcx:text(.)}</dc:creator>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:titleStmt/tei:respStmt/tei:persName">
        <dc:contributor>{dcx:text(.)}</dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="distinct-values(dcx:subjects(.))">
        <dc:subject>{.}</dc:subject>
      </xsl:for-each>
      <xsl:variable name="description" select="dcx:description(.)"/>
      <xsl:if test="$description">
        <dc:description>{$description}</dc:description>
      </xsl:if>
      <xsl:for-each select="$file/tei:publicationStmt/tei:publisher">
        <dc:publisher>{dcx:text(.)}</dc:publisher>
      </xsl:for-each>
      <xsl:for-each select="($profile/tei:creation/tei:date/@when,
          $profile/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date/@when)[1]">
        <dc:date>{.}</dc:date>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <xsl:for-each select="tei:text/tei:body/tei:div[@type = 'document']/@subtype">
        <dc:type>{.}</dc:type>
      </xsl:for-each>
      <dc:format>application/tei+xml</dc:format>
      <xsl:for-each select="$file/tei:publicationStmt/tei:idno">
        <dc:identifier>{dcx:text(.)}</dc:identifier>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:sourceDesc/tei:bibl[@type = 'source']">
        <dc:source>{string-join((tei:title, tei:publisher, tei:date, tei:ref/@target) ! dcx:text(.), '. ')}</dc:source>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:sourceDesc/tei:msDesc/tei:msIdentifier">
        <dc:source>{string-join(* ! dcx:text(.), ', ')}</dc:source>
      </xsl:for-each>
      <xsl:for-each select="@xml:lang">
        <dc:language>{.}</dc:language>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:publicationStmt/tei:availability">
        <xsl:choose>
          <xsl:when test="tei:licence">
            <xsl:for-each select="tei:licence">
              <dc:rights>{string-join((dcx:text(.)[.], @target[. ne dcx:text(current())]), ' ')}</dc:rights>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <dc:rights>{string-join(tei:p ! dcx:text(.), ' ')}</dc:rights>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </oai_dc:dc>
  </xsl:template>

  <!-- the text of an element with its whitespace normalised -->
  <xsl:function name="dcx:text" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="normalize-space(string($node))"/>
  </xsl:function>

  <!-- the keywords, then the regularised name of every person, place and organization the text refers to -->
  <xsl:function name="dcx:subjects" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="refs" select="distinct-values($tei/tei:text//@ref ! tokenize(.) ! substring-after(., '#'))"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term ! dcx:text(.)"/>
    <xsl:for-each select="$tei/tei:standOff/(tei:listPerson/tei:person, tei:listPlace/tei:place, tei:listOrg/tei:org)[@xml:id = $refs]">
      <xsl:sequence select="dcx:text((*[@type = 'reg'], tei:persName, tei:placeName, tei:orgName)[1])"/>
    </xsl:for-each>
  </xsl:function>

  <!-- "Telegram of 24 March 1962 from A and B to C." from the document type and the correspondence;
       "Note of 19 October 1957 from A, Damascus." where the dateline names the place -->
  <xsl:function name="dcx:description" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="type" select="$tei/tei:text/tei:body/tei:div[@type = 'document']/@subtype"/>
    <xsl:variable name="corresp" select="$tei/tei:teiHeader/tei:profileDesc/tei:correspDesc"/>
    <xsl:variable name="date" select="$tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date"/>
    <xsl:variable name="sent" select="$corresp/tei:correspAction[@type = 'sent']"/>
    <xsl:variable name="senders" select="$sent/tei:name ! dcx:text(.)"/>
    <xsl:variable name="whence" select="$sent/tei:placeName ! dcx:text(.)"/>
    <xsl:variable name="receivers" select="$corresp/tei:correspAction[@type = 'received']/*[not(self::tei:date)] ! dcx:text(.)"/>
    <xsl:variable name="parts" as="xs:string*" select="
        (if ($type) then upper-case(substring($type, 1, 1)) || substring($type, 2) else 'Document'),
        $date ! ('of ' || dcx:text(.)),
        if (exists($senders)) then 'from ' || dcx:list($senders) || $whence ! (', ' || .) else (),
        if (exists($receivers)) then 'to ' || dcx:list($receivers) else ()"/>
    <xsl:sequence select="if (count($parts) gt 1) then string-join($parts, ' ') || '.' else ()"/>
  </xsl:function>

  <!-- A; A and B; A, B and C -->
  <xsl:function name="dcx:list" as="xs:string">
    <xsl:param name="items" as="xs:string+"/>
    <xsl:sequence select="if (count($items) eq 1) then $items
        else string-join($items[position() lt last()], ', ') || ' and ' || $items[last()]"/>
  </xsl:function>
</xsl:stylesheet>
