<?xml version="1.0" encoding="UTF-8"?>
<!--
  The teiHeader, twice: at the top of the page (title, date, sender and addressee, translation,
  source, keywords, how to cite) and in the footer (licence, provenance, editorial principles).
  The header fields are plain text in Edition's TEI; they are read as strings.
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

  <!-- The document's title: the main title of the titleStmt. -->
  <xsl:function name="h:title" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'main'], $titles, 'Untitled document')[1])"/>
  </xsl:function>

  <!-- An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) usable as HTML's time/@datetime, or nothing. -->
  <xsl:function name="h:datetime" as="xs:string?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="$iso[
      if (string-length(.) eq 10) then . castable as xs:date
      else if (string-length(.) eq 7) then . castable as xs:gYearMonth
      else matches(., '^[0-9]{4}$') and . ne '0000']"/>
  </xsl:function>

  <!-- A date of the header: <time> when its @when is a valid date. -->
  <xsl:function name="h:date" as="element()">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="datetime" select="h:datetime($date/@when)"/>
    <xsl:choose>
      <xsl:when test="exists($datetime)">
        <time datetime="{$datetime}">{normalize-space($date)}</time>
      </xsl:when>
      <xsl:otherwise>
        <span>{normalize-space($date)}</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- One term and its description, if there is anything to say. -->
  <xsl:function name="h:fact" as="element()*">
    <xsl:param name="term" as="xs:string"/>
    <xsl:param name="description" as="item()*"/>
    <xsl:if test="exists($description)">
      <dt>{$term}</dt>
      <dd>
        <xsl:sequence select="$description"/>
      </dd>
    </xsl:if>
  </xsl:function>

  <xsl:function name="h:joined" as="xs:string?">
    <xsl:param name="values" as="item()*"/>
    <xsl:param name="separator" as="xs:string"/>
    <xsl:variable name="strings" select="$values ! normalize-space(.)[. ne '']"/>
    <xsl:sequence select="if (exists($strings)) then string-join($strings, $separator) else ()"/>
  </xsl:function>

  <!-- Names of the header, joined by semicolons, each linked to its register entry where the document has it. -->
  <xsl:function name="h:linked-names" as="item()*">
    <xsl:param name="names" as="element()*"/>
    <xsl:for-each select="$names[normalize-space(.) ne '']">
      <xsl:variable name="entry" select="h:entry(.)"/>
      <xsl:if test="position() gt 1">; </xsl:if>
      <xsl:choose>
        <xsl:when test="exists($entry)"><a href="#{$entry/@xml:id}">{normalize-space(.)}</a></xsl:when>
        <xsl:otherwise>{normalize-space(.)}</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <xsl:template match="tei:teiHeader" mode="h:header" as="element()+">
    <xsl:variable name="file" select="tei:fileDesc"/>
    <xsl:variable name="bibl" select="$file/tei:sourceDesc/tei:bibl[1]"/>
    <xsl:variable name="ms" select="$file/tei:sourceDesc/tei:msDesc/tei:msIdentifier"/>
    <xsl:variable name="correspondence" select="tei:profileDesc/tei:correspDesc/tei:correspAction"/>
    <xsl:variable name="translator" select="$file/tei:titleStmt/tei:respStmt[@xml:id = 'translator']"/>
    <h1 class="tei-title tei-title-main">{h:title(..)}</h1>
    <xsl:for-each select="$file/tei:titleStmt/tei:title[@type = 'sub']">
      <p class="tei-title tei-title-sub">{normalize-space(.)}</p>
    </xsl:for-each>
    <xsl:variable name="facts" as="element()*">
      <xsl:sequence select="h:fact('Date', tei:profileDesc/tei:creation/tei:date ! h:date(.))"/>
      <xsl:sequence select="h:fact('Place', h:linked-names($correspondence[@type = 'sent']/tei:placeName))"/>
      <xsl:sequence select="h:fact('From', h:joined($correspondence[@type = 'sent']/tei:name, '; '))"/>
      <xsl:sequence select="h:fact('To', h:joined($correspondence[@type = 'received']/tei:name, '; '))"/>
      <!-- the translator and what they did; where no one is recorded, only that ("translator not recorded") -->
      <xsl:sequence select="h:fact('Translation', h:joined((
        if ($translator/tei:persName) then h:joined(($translator/tei:persName, $translator/tei:resp), ', ')
        else $translator/tei:name, $bibl/tei:textLang), '. '))"/>
      <xsl:sequence select="h:fact('Source', $bibl ! h:source(.))"/>
      <xsl:sequence select="h:fact('Archive', h:joined(($ms/tei:repository, $ms/tei:collection, $ms/tei:idno), ', '))"/>
      <xsl:sequence select="h:fact('Keywords', h:joined(tei:profileDesc/tei:textClass//tei:term, '; '))"/>
    </xsl:variable>
    <xsl:if test="exists($facts)">
      <dl class="ed-meta">
        <xsl:sequence select="$facts"/>
      </dl>
    </xsl:if>
    <p class="ed-cite">
      <span class="ed-cite-label">How to cite: </span>
      <cite>{h:title(..) => replace('\.$', '')}</cite>
      <xsl:text>. </xsl:text>
      <xsl:value-of select="($translator/tei:persName ! ('Translated by ' || normalize-space(.) || '. '),
                             $file/tei:titleStmt/tei:title[@type = 'sub'] ! (normalize-space(.) || '. '),
                             h:joined(($file/tei:publicationStmt/tei:publisher,
                                       $file/tei:publicationStmt/tei:idno), ', ') ! (. || '.'))"
          separator=""/>
    </p>
  </xsl:template>

  <!-- The source: its publisher, its address as a link, its date. -->
  <xsl:function name="h:source" as="node()*">
    <xsl:param name="bibl" as="element(tei:bibl)"/>
    <xsl:variable name="parts" as="node()*">
      <xsl:for-each select="$bibl/tei:publisher">
        <span class="tei-publisher">{normalize-space(.)}</span>
      </xsl:for-each>
      <xsl:for-each select="$bibl/tei:ref[@target]">
        <a class="tei-ref" href="{@target}">{normalize-space((.[normalize-space()], @target)[1])}</a>
      </xsl:for-each>
      <xsl:for-each select="$bibl/tei:date">
        <xsl:sequence select="h:date(.)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each select="$parts">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:sequence select="."/>
    </xsl:for-each>
  </xsl:function>

  <xsl:template match="tei:teiHeader" mode="h:footer" as="element()">
    <xsl:variable name="publication" select="tei:fileDesc/tei:publicationStmt"/>
    <xsl:variable name="licence" select="$publication/tei:availability/tei:licence"/>
    <footer class="ed-footer">
      <xsl:if test="$publication/tei:availability[normalize-space()]">
      <p class="tei-availability">
        <xsl:choose>
          <xsl:when test="$licence[@target]">
            <xsl:text>Licence: </xsl:text>
            <a class="tei-licence" href="{$licence/@target}" rel="license">{normalize-space($licence)}</a>
          </xsl:when>
          <xsl:when test="$licence">Licence: {normalize-space($licence)}</xsl:when>
          <xsl:otherwise>{h:joined($publication/tei:availability/tei:p, ' ')}</xsl:otherwise>
        </xsl:choose>
      </p>
      </xsl:if>
      <xsl:for-each select="tei:fileDesc/tei:titleStmt/tei:respStmt[@xml:id = 'edition'],
                            tei:revisionDesc/tei:change">
        <p class="tei-{local-name()}">{if (self::tei:respStmt) then h:joined((tei:resp, tei:name), ' ')
                                        else normalize-space(.)}</p>
      </xsl:for-each>
      <xsl:if test="tei:encodingDesc/tei:editorialDecl">
        <details class="tei-editorialDecl">
          <summary>Editorial principles</summary>
          <xsl:apply-templates select="tei:encodingDesc/tei:editorialDecl/*" mode="h:prose"/>
        </details>
      </xsl:if>
    </footer>
  </xsl:template>

  <!-- the editorial declarations: a paragraph per declaration, a gloss list as a dl -->
  <xsl:template match="tei:editorialDecl/*[tei:p]" mode="h:prose" as="element()*">
    <xsl:variable name="names" select="map {
      'correction': 'Correction', 'quotation': 'Quotation', 'interpretation': 'Interpretation',
      'stdVals': 'Standard values', 'segmentation': 'Segmentation', 'normalization': 'Normalization',
      'hyphenation': 'Hyphenation', 'punctuation': 'Punctuation' }"/>
    <xsl:for-each select="tei:p">
      <p class="tei-{local-name(..)}">
        <xsl:if test="position() eq 1 and map:contains($names, local-name(..))">
          <strong>{$names(local-name(..))}. </strong>
        </xsl:if>
        <xsl:apply-templates mode="h:prose"/>
      </p>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:editorialDecl/tei:p" mode="h:prose" as="element()*">
    <xsl:for-each-group select="node()" group-adjacent="exists(self::tei:list)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="h:prose"/>
        </xsl:when>
        <xsl:when test="normalize-space(string-join(current-group())) ne ''">
          <p class="tei-p">
            <xsl:apply-templates select="current-group()" mode="h:prose"/>
          </p>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="tei:list" mode="h:prose" as="element()">
    <dl class="tei-list tei-list-{(@type, 'simple')[1]}">
      <xsl:for-each select="*">
        <xsl:element name="{if (self::tei:label) then 'dt' else 'dd'}">
          <xsl:apply-templates mode="h:prose"/>
        </xsl:element>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <xsl:template match="text()" mode="h:prose" as="text()">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="*" mode="h:prose" as="node()*">
    <xsl:message select="ed:unknown(.)"/>
    <span class="tei-{local-name()}">
      <xsl:apply-templates mode="h:prose"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
