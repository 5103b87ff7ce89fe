<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names and the register. A persName, placeName or orgName in the text links to its entry in the
  standOff (@ref="#id"), marked by its kind with a line style and a tooltip, not by colour alone.
  A name that contains other names cannot be a link itself (links do not nest in HTML): it is a
  span followed by a small link to its entry. The standOff becomes an aside listing each entry
  under its id: preferred name, other forms, identifiers as links, notes, and links back to its
  mentions in the text.
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

  <xsl:key name="h:entries" match="tei:standOff//*[@xml:id]" use="@xml:id"/>
  <xsl:key name="h:mentions" use="tokenize(@ref)"
      match="tei:text//tei:persName | tei:text//tei:placeName | tei:text//tei:orgName"/>

  <xsl:variable name="h:kinds" as="map(xs:string, xs:string)" static="yes" select="map {
    'persName': 'person', 'placeName': 'place', 'orgName': 'organization',
    'person': 'person', 'place': 'place', 'org': 'organization' }"/>

  <!-- authority identifiers: the address of the record for readers (url), and the pattern of the
       identifier as a URI for linked data (uri, {ID} standing for the identifier) -->
  <xsl:variable name="h:authorities" as="map(xs:string, map(xs:string, xs:string))" static="yes" select="map {
    'wikidata': map { 'label': 'Wikidata', 'url': 'https://www.wikidata.org/wiki/',
                      'uri': 'http://www.wikidata.org/entity/{ID}' },
    'viaf': map { 'label': 'VIAF', 'url': 'https://viaf.org/viaf/', 'uri': 'http://viaf.org/viaf/{ID}' },
    'geonames': map { 'label': 'GeoNames', 'url': 'https://www.geonames.org/',
                      'uri': 'https://sws.geonames.org/{ID}/' },
    'gnd': map { 'label': 'GND', 'url': 'https://d-nb.info/gnd/', 'uri': 'https://d-nb.info/gnd/{ID}' },
    'orcid': map { 'label': 'ORCID', 'url': 'https://orcid.org/', 'uri': 'https://orcid.org/{ID}' },
    'lccn': map { 'label': 'Library of Congress', 'url': 'https://id.loc.gov/authorities/names/',
                  'uri': 'http://id.loc.gov/authorities/names/{ID}' } }"/>

  <!-- the facts an entry may hold, and their headings -->
  <xsl:variable name="h:facts" as="map(xs:string, xs:string)" static="yes" select="map {
    'occupation': 'Occupation', 'roleName': 'Role', 'affiliation': 'Affiliation',
    'birth': 'Born', 'death': 'Died', 'floruit': 'Active', 'residence': 'Residence',
    'nationality': 'Nationality', 'education': 'Education', 'faith': 'Faith', 'sex': 'Sex',
    'location': 'Location', 'country': 'Country', 'region': 'Region', 'settlement': 'Settlement',
    'desc': 'Description', 'event': 'Event', 'state': 'State', 'trait': 'Trait',
    'note': 'Note', 'bibl': 'Reference' }"/>

  <!-- the name forms of an entry: those of its own kind -->
  <xsl:function name="h:forms" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="kind" select="$h:kinds(local-name($entry))"/>
    <xsl:sequence select="if ($kind eq 'person') then $entry/*:persName else if ($kind eq 'place') then $entry/*:placeName
                          else if ($kind eq 'organization') then $entry/*:orgName else ()"/>
  </xsl:function>

  <xsl:function name="h:preferred" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="forms" select="h:forms($entry)"/>
    <xsl:sequence select="normalize-space(($forms[@type = 'reg'], $forms, $entry/@xml:id)[1])"/>
  </xsl:function>

  <xsl:function name="h:unreviewed" as="xs:boolean">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/@resp = '#edition' and $entry/@cert = 'low'"/>
  </xsl:function>

  <!-- The register entry in the document that a name's first @ref points to, if any. -->
  <xsl:function name="h:entry" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="pointer" select="tokenize($name/@ref)[1]"/>
    <xsl:sequence select="
      if (starts-with($pointer, '#')) then key('h:entries', substring($pointer, 2), root($name))[1] else ()"/>
  </xsl:function>

  <!-- ===== names in the text ================================================================= -->

  <xsl:template match="tei:persName | tei:placeName | tei:orgName" mode="h:inline" as="element()+">
    <xsl:param name="h:names" as="map(xs:string, xs:integer)" tunnel="yes"/>
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:variable name="kind" select="$h:kinds(local-name())"/>
    <xsl:variable name="pointer" select="tokenize(@ref)[1]"/>
    <xsl:variable name="entry" select="h:entry(.)"/>
    <xsl:variable name="href" select="
      if ($entry) then $pointer else $pointer[matches(., '^https?://')]"/>
    <xsl:variable name="title" select="
      upper-case(substring($kind, 1, 1)) || substring($kind, 2) || ': '
      || (if ($entry) then h:preferred($entry) || (if (h:unreviewed($entry)) then ' (unreviewed entry)' else '')
          else normalize-space(.) || (if (empty($href)) then ' (no register entry)' else ''))"/>
    <!-- links do not nest: a name with names or note references inside is a span -->
    <xsl:variable name="outer" select="exists(*) and exists(.//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:note])"/>
    <xsl:element name="{if (exists($href) and not($outer)) then 'a' else 'span'}">
      <xsl:sequence select="h:attributes(., ('ed-name', 'ed-name-' || $kind, 'ed-name-outer'[$outer]), $how)"/>
      <xsl:if test="not(@xml:id) and map:contains($h:names, generate-id())">
        <xsl:attribute name="id" select="'ed-name-' || $h:names(generate-id())"/>
      </xsl:if>
      <xsl:if test="exists($href) and not($outer)">
        <xsl:attribute name="href" select="$href"/>
      </xsl:if>
      <xsl:attribute name="title" select="$title"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </xsl:element>
    <xsl:if test="exists($href) and $outer">
      <sup class="ed-name-link"><a href="{$href}" title="{$title}"><span aria-hidden="true">&#x2197;</span><span
          class="ed-visually-hidden">(register entry: {$title})</span></a></sup>
    </xsl:if>
  </xsl:template>

  <!-- ===== the register ====================================================================== -->

  <xsl:template match="tei:standOff" mode="h:register" as="element()?">
    <xsl:variable name="lists" select="tei:listPerson | tei:listPlace | tei:listOrg"/>
    <xsl:if test="exists($lists)">
      <aside class="tei-standOff ed-register" aria-labelledby="ed-register-title">
        <h2 id="ed-register-title">Persons, places and organizations</h2>
        <p class="ed-register-key">Names in the text link to their entry here. Persons are
          underlined with a solid line, places with a dashed line, organizations with a double
          line; the tooltip of a name says its kind and its preferred form.</p>
        <xsl:apply-templates select="*" mode="h:register"/>
      </aside>
    </xsl:if>
  </xsl:template>

  <!-- the editors' list of rejected names belongs to the register file, not to a document -->
  <xsl:template match="tei:standOff/tei:list[@type = 'rejected']" mode="h:register"/>

  <xsl:template match="tei:listPerson | tei:listPlace | tei:listOrg" mode="h:register" as="element()">
    <xsl:variable name="title-id" select="'ed-' || local-name() || '-' || (count(preceding-sibling::*) + 1)"/>
    <section class="tei-{local-name()}" aria-labelledby="{$title-id}">
      <h3 id="{$title-id}">{map { 'listPerson': 'Persons', 'listPlace': 'Places',
                                  'listOrg': 'Organizations' }(local-name())}</h3>
      <xsl:variable name="entries" select="tei:person | tei:place | tei:org"/>
      <xsl:if test="exists($entries)">
        <ul class="ed-entries">
          <xsl:apply-templates select="$entries" mode="h:register"/>
        </ul>
      </xsl:if>
      <xsl:apply-templates select="* except $entries" mode="h:register"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:person | tei:place | tei:org" mode="h:register" as="element()">
    <xsl:param name="h:names" as="map(xs:string, xs:integer)" tunnel="yes"/>
    <xsl:variable name="forms" select="h:forms(.)"/>
    <xsl:variable name="preferred" select="($forms[@type = 'reg'], $forms)[1]"/>
    <xsl:variable name="mentions" select="key('h:mentions', '#' || @xml:id)"/>
    <li id="{@xml:id}">
      <xsl:sequence select="h:class(('tei-' || local-name(), 'ed-entry', 'ed-entry-' || $h:kinds(local-name()),
                                     'ed-unreviewed'[h:unreviewed(current())]))"/>
      <p class="ed-entry-head">
        <span class="ed-entry-name">{h:preferred(.)}</span>
        <span class="ed-entry-kind"> ({string-join(($h:kinds(local-name()), @type), ', ')})</span>
        <xsl:if test="h:unreviewed(.)">
          <xsl:text> </xsl:text>
          <span class="ed-badge">unreviewed</span>
        </xsl:if>
      </p>
      <!-- written straight to the page: a variable of the facts would build a tree for each -->
      <xsl:if test="exists($forms except $preferred) or exists(* except $forms) or exists($mentions)">
        <dl class="ed-entry-facts">
          <xsl:if test="exists($forms except $preferred)">
            <dt>Other forms</dt>
            <dd>{string-join(($forms except $preferred)
                  ! (normalize-space(.) || (@type[not(. = ('variant', 'reg'))] ! (' (' || . || ')'))), '; ')}</dd>
          </xsl:if>
          <xsl:apply-templates select="* except $forms" mode="h:register"/>
          <xsl:if test="exists($mentions)">
            <dt>In the text</dt>
            <dd class="ed-mentions">
              <xsl:for-each select="$mentions">
                <xsl:if test="position() gt 1">
                  <xsl:text> </xsl:text>
                </xsl:if>
                <a href="#{(@xml:id, 'ed-name-' || $h:names(generate-id()))[1]}" title="{normalize-space(.)}"><span
                    class="ed-visually-hidden">mention </span>{position()}</a>
              </xsl:for-each>
            </dd>
          </xsl:if>
        </dl>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- an identifier: a link to the authority's record -->
  <xsl:template match="tei:idno" mode="h:register" priority="1" as="element()+">
    <xsl:variable name="authority" select="$h:authorities(lower-case(@type))"/>
    <xsl:variable name="value" select="normalize-space(.)"/>
    <xsl:variable name="url" select="
      if (matches($value, '^https?://')) then $value
      else if (exists($authority)) then $authority?url || encode-for-uri($value) else ()"/>
    <dt>{($authority?label, @type ! string(), 'Identifier')[1]}</dt>
    <dd>
      <xsl:choose>
        <xsl:when test="exists($url)">
          <a class="tei-idno tei-idno-{@type}" href="{$url}">{$value}</a>
        </xsl:when>
        <xsl:otherwise>{$value}</xsl:otherwise>
      </xsl:choose>
    </dd>
  </xsl:template>

  <!-- a fact of an entry; an element not in the list is shown as well, with a warning -->
  <xsl:template match="tei:person/* | tei:place/* | tei:org/*" mode="h:register" as="element()+">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:variable name="heading" select="
      if (self::tei:note[@type = 'status']) then 'Status' else $h:facts(local-name())"/>
    <xsl:if test="empty($heading)">
      <xsl:message select="ed:unknown(.)"/>
    </xsl:if>
    <dt>{($heading, local-name())[1]}</dt>
    <dd>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:call-template name="h:edited">
        <xsl:with-param name="how" select="$how"/>
      </xsl:call-template>
    </dd>
  </xsl:template>

  <xsl:template match="*" mode="h:register" priority="-1" as="element()*">
    <xsl:variable name="how" select="h:how(.)"/>
    <xsl:message select="ed:unknown(.)"/>
    <div>
      <xsl:sequence select="h:attributes(., (), $how)"/>
      <xsl:apply-templates mode="h:register"/>
    </div>
  </xsl:template>

  <xsl:template match="text()" mode="h:register" as="text()?">
    <xsl:if test="normalize-space()">
      <xsl:value-of select="."/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
