<?xml version="1.0" encoding="UTF-8"?>
<!--
  BEACON link dumps (the link dump format of the German authority-file community): for each
  authority file that entries of the register are identified in, beacon-<authority>.txt maps each
  identifier (Wikidata, VIAF, GeoNames, GND ...) to the entry's page on this site, annotated with
  the number of documents that mention it; an entry no document mentions is left out. Another site or an authority's own service can read it
  to link its records to the edition. Only where edition.yaml gives the site's url: a dump's links
  are absolute URIs. No timestamp: the same inputs give the same bytes.

  Input: entries.xml (MentionIndex.java), the edition's settings on its root and each entry's
  counts. Parameter: $register (the whole register). The dumps are secondary results
  (xsl:result-document) beside the site's pages; the principal result is empty.
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
  <xsl:include href="site-layout.xsl"/>

  <xsl:param name="register" as="document-node()" required="yes"/>

  <xsl:key name="s:counts" match="entry" use="@ref"/>

  <xsl:template match="/" priority="2">
    <xsl:variable name="site" select="."/>
    <xsl:variable name="url" select="normalize-space(site/@url)"/>
    <xsl:variable name="base" select="if (ends-with($url, '/')) then $url else $url || '/'"/>
    <xsl:variable name="identifiers" select="s:identifiers($register, $site)"/>
    <xsl:for-each select="s:beacon-authorities($register, $site)">
      <xsl:variable name="type" select="."/>
      <xsl:variable name="authority" select="$h:authorities($type)"/>
      <xsl:variable name="links" as="xs:string*">
        <xsl:for-each select="$identifiers[lower-case(@type) eq $type]">
          <xsl:variable name="entry" select=".."/>
          <xsl:sequence select="string-join((s:authority-id(.),
                                             string(key('s:counts', string($entry/@xml:id), $site)/@documents),
                                             s:entry-href($h:kinds(local-name($entry)), $entry/@xml:id)), '|')"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:result-document href="{s:beacon-file($type)}" method="text" encoding="UTF-8">
        <xsl:value-of separator="&#10;" select="
          '#FORMAT: BEACON',
          '#PREFIX: ' || $authority?uri,
          '#TARGET: ' || $base || '{+ID}',
          '#NAME: ' || s:edition-title($site),
          ('#INSTITUTION: ' || normalize-space($site/site/@publisher))[normalize-space($site/site/@publisher)],
          '#DESCRIPTION: The ' || $authority?label || ' identifiers of the persons, places and organizations named in '
            || s:edition-title($site) || ', each linked to the page of its register entry, which lists its mentions.',
          '#MESSAGE: mentioned in {annotation} documents of the edition',
          '#FEED: ' || $base || s:beacon-file($type),
          '',
          sort(distinct-values($links)),
          ''"/>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
