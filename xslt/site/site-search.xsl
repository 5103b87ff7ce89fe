<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search page, search.html: a form (words, years from and to, type of document, person, place;
  the choices are written here, at build time) and a place for the results, which assets/search.js
  fills with the matching passages, each linking to its place in the document. The form needs
  JavaScript: without it the page says so and links to the indexes and the chronology instead.
  Ids the browser tests rely on: site-search-form, site-search-query, site-search-from,
  site-search-to, site-search-type, site-search-person, site-search-place, site-search-status,
  site-search-results (an ol of li.site-search-result), site-search-nojs.

  Input: site.xml, the digest of the edition (years, types, the entries named). Parameter: $register (the whole register, for the names).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:s="urn:x-edition:xslt:site"
    xmlns:h="urn:x-edition:xslt:html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../html/html.xsl"/>
  <xsl:include href="site-layout.xsl"/>

  <xsl:param name="register" as="document-node()" required="yes"/>

  <xsl:key name="s:entries" match="tei:standOff//*[@xml:id]" use="@xml:id"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="site" select="."/>
    <xsl:variable name="digest" select="site"/>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$site"/>
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="current" select="'search.html'"/>
      <xsl:with-param name="head" as="element()+">
        <script src="assets/lunr.min.js" defer="defer"></script>
        <script src="search-index.js" defer="defer"></script>
        <script src="assets/search.js" defer="defer"></script>
      </xsl:with-param>
      <xsl:with-param name="content" as="element()">
        <main id="main" class="site-main site-search">
          <h1>Search</h1>
          <p id="site-search-nojs" class="site-search-nojs">Searching needs JavaScript, which is off or not
            available in this browser. Everything can still be found through the
            <a href="index.html">list of documents</a>, the <a href="chronology.html">chronology</a>, and the
            indexes of <a href="persons.html">persons</a>, <a href="places.html">places</a> and
            <a href="organizations.html">organizations</a>.</p>
          <form id="site-search-form" class="site-search-form" action="search.html" method="get" role="search"
              hidden="hidden">
            <p class="site-search-words">
              <label for="site-search-query">Words</label>
              <input type="search" id="site-search-query" name="q" size="40" aria-describedby="site-search-hint"/>
              <button type="submit">Search</button>
            </p>
            <p class="site-search-hint" id="site-search-hint">Passages with all the words are found, in any
              form (<i>meeting</i> finds <i>meet</i>). <i>-word</i> leaves out passages with a word,
              <i>wor*</i> finds words beginning so.</p>
            <fieldset class="site-search-filters">
              <legend>Only documents</legend>
              <p>
                <label for="site-search-from">from the year</label>
                <input type="number" id="site-search-from" name="from">
                  <xsl:sequence select="s:year-range($digest/years, $digest/years/@first)"/>
                </input>
                <label for="site-search-to">to</label>
                <input type="number" id="site-search-to" name="to">
                  <xsl:sequence select="s:year-range($digest/years, $digest/years/@last)"/>
                </input>
              </p>
              <p>
                <label for="site-search-type">of the type</label>
                <select id="site-search-type" name="type">
                  <option value="">any</option>
                  <xsl:for-each select="$digest/type/@name">
                    <option value="{.}">{.}</option>
                  </xsl:for-each>
                </select>
              </p>
              <xsl:sequence select="s:names-filter($digest, 'person', 'mentioning the person')"/>
              <xsl:sequence select="s:names-filter($digest, 'place', 'mentioning the place')"/>
            </fieldset>
          </form>
          <p id="site-search-status" class="site-search-status" aria-live="polite"></p>
          <ol id="site-search-results" class="site-search-results"></ol>
        </main>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The bounds of a year field, where there are dated documents ($years: the digest's first and last). -->
  <xsl:function name="s:year-range" as="attribute()*">
    <xsl:param name="years" as="element(years)?"/>
    <xsl:param name="placeholder" as="attribute()?"/>
    <xsl:if test="exists($years)">
      <xsl:attribute name="min" select="$years/@first"/>
      <xsl:attribute name="max" select="$years/@last"/>
      <xsl:attribute name="placeholder" select="$placeholder"/>
    </xsl:if>
  </xsl:function>

  <!-- A choice of the entries of one kind that the documents mention, by preferred name. -->
  <xsl:function name="s:names-filter" as="element()">
    <xsl:param name="digest" as="element(site)"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:variable name="options" as="element()*">
      <xsl:for-each select="$digest/named[@kind = $kind]/@ref ! string(.)">
        <xsl:variable name="entry" select="key('s:entries', ., $register)[1]"/>
        <option value="{.}">{if ($entry) then h:preferred($entry) else .}</option>
      </xsl:for-each>
    </xsl:variable>
    <p>
      <label for="site-search-{$kind}">{$label}</label>
      <select id="site-search-{$kind}" name="{$kind}">
        <option value="">any</option>
        <xsl:perform-sort select="$options">
          <xsl:sort select="lower-case(.)"/>
          <xsl:sort select="@value"/>
        </xsl:perform-sort>
      </select>
    </p>
  </xsl:function>

</xsl:stylesheet>
