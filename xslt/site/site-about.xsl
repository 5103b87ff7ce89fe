<?xml version="1.0" encoding="UTF-8"?>
<!--
  About this edition, about.html: the edition's description, how the text is encoded (the
  editorialDecl of the TEI: brackets, corrections, names, dates), the sources and licences of the
  documents, the files to download, and statistics of the build. Everything here is computed from
  the inputs, never from the clock, so that the same inputs give the same page.

  Input: site.xml, the digest of the edition (totals, sources, licences). Parameters: $tei (a document of the edition, whose
  encodingDesc Edition writes the same for all) and $register (the whole register).
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

  <xsl:param name="tei" as="document-node()" required="yes"/>
  <xsl:param name="register" as="document-node()" required="yes"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="site" select="."/>
    <xsl:variable name="digest" select="site"/>
    <xsl:call-template name="s:page">
      <xsl:with-param name="site" select="$site"/>
      <xsl:with-param name="title" select="'About this edition'"/>
      <xsl:with-param name="current" select="'about.html'"/>
      <xsl:with-param name="content" as="element()">
        <main id="main" class="site-main site-about">
          <h1>About this edition</h1>
          <p>{s:edition-title($site)}<xsl:if test="normalize-space($site/site/@publisher)">, published by
            {$site/site/@publisher}</xsl:if>. <xsl:value-of select="$site/site/description"/></p>
          <p>Each document is a translation into English. The translators' insertions, marked in their
            text with square brackets, are encoded in TEI P5 so that each can be shown with its brackets,
            merged into a clean reading text, or left out to show only what the source says: the view
            switch on each document page chooses between the three.</p>

          <section id="encoding" aria-labelledby="encoding-title">
            <h2 id="encoding-title">How the text is encoded</h2>
            <xsl:apply-templates select="$tei/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:editorialDecl/*" mode="h:prose"/>
          </section>

          <section id="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">Sources</h2>
            <xsl:variable name="sources" select="$digest/source"/>
            <xsl:choose>
              <xsl:when test="exists($sources)">
                <ul>
                  <xsl:for-each select="$sources">
                    <li>{.}: {@count} document{'s'[current()/@count ne '1']}</li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:otherwise>
                <p>No source is recorded for the documents.</p>
              </xsl:otherwise>
            </xsl:choose>
          </section>

          <section id="licence" aria-labelledby="licence-title">
            <h2 id="licence-title">Licence</h2>
            <ul>
              <xsl:for-each select="$digest/licence">
                <li>
                  <xsl:choose>
                    <xsl:when test="normalize-space(@url)">
                      <a href="{@url}" rel="license">{.}</a>
                    </xsl:when>
                    <xsl:otherwise>{.}</xsl:otherwise>
                  </xsl:choose>
                  <xsl:text> ({@count} document{'s'[current()/@count ne '1']})</xsl:text>
                </li>
              </xsl:for-each>
            </ul>
          </section>

          <section id="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">Downloads</h2>
            <ul>
              <li><a href="downloads/edition.zip">The whole edition</a> as one zip file: the TEI of every
                document (<code>tei/</code>), the register, and the plain-text editions in three views
                (<code>text/</code>).</li>
              <li><a href="downloads/register.xml">The register</a> of persons, places and organizations (TEI).</li>
              <li>Each document's TEI and plain text: the download links on its page.</li>
              <xsl:variable name="beacons" select="s:beacon-authorities($register, $site)"/>
              <xsl:if test="exists($beacons)">
                <li>Links from authority files to the register, as <a href="https://gbv.github.io/beaconspec/beacon.html"
                  >BEACON</a> link dumps:
                  <xsl:for-each select="$beacons">
                    <a href="{s:beacon-file(.)}">{$h:authorities(.)?label}</a>
                    <xsl:if test="position() ne last()">, </xsl:if>
                  </xsl:for-each>.</li>
              </xsl:if>
            </ul>
          </section>

          <section id="statistics" aria-labelledby="statistics-title">
            <h2 id="statistics-title">Statistics</h2>
            <xsl:variable name="entries" select="$register//tei:standOff//(tei:person | tei:place | tei:org)"/>
            <table class="site-statistics">
              <tbody>
                <xsl:variable name="totals" select="$digest/totals"/>
                <xsl:sequence select="s:row('Documents', $totals/@documents)"/>
                <xsl:sequence select="s:row('Dated documents', $totals/@dated)"/>
                <xsl:sequence select="s:row('Words', $totals/@words)"/>
                <xsl:sequence select="s:row('Translator''s insertions (supplied)', $totals/@supplied)"/>
                <xsl:sequence select="s:row('Omissions and illegible passages (gap)', $totals/@gap)"/>
                <xsl:sequence select="s:row('Notes', $totals/@note)"/>
                <xsl:sequence select="s:row('Errors, corrections and uncertain readings', $totals/@corrections)"/>
                <xsl:sequence select="s:row('Mentions of names', $totals/@mentions)"/>
                <xsl:sequence select="s:row('Register entries', count($entries))"/>
                <xsl:sequence select="s:row('of which unreviewed (found by rule)',
                                            count($entries[@resp = '#edition'][@cert = 'low']))"/>
              </tbody>
            </table>
            <p>Built with {($site/site/@generator, 'Edition')[1]}: every document was converted from plain text,
              checked against the project's schema, and rendered with XSLT; the same inputs always give the same
              files.</p>
          </section>
        </main>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="s:row" as="element()">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:anyAtomicType"/>
    <tr>
      <th scope="row">{$label}</th>
      <td>{format-integer(xs:integer($value), '#,##0')}</td>
    </tr>
  </xsl:function>

</xsl:stylesheet>
