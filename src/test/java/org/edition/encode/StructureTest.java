package org.edition.encode;

import static org.assertj.core.api.Assertions.assertThat;

import org.edition.pipeline.Conversion;
import org.edition.testing.Encode;
import org.edition.testing.XPaths;
import org.junit.jupiter.api.Test;

/** Document structure: opener and closer parts, lists and their nesting, tables. */
class StructureTest {
    private static XPaths doc(String text) {
        return XPaths.of(Encode.text(text).tei());
    }

    /** The opener's parts in order: a seg by its type, any other part by its element's name. */
    private static String openerParts(XPaths x) {
        return x.string("string-join(//opener/*/(if (@type) then string(@type) else local-name()), ' ')");
    }

    @Test
    void topLinesBecomeHeadPrecedenceClassificationReferenceDatelineAndSalute() {
        XPaths x = doc("Memorandum of Conversation\n\nTop Secret\nUrgent\n\nNo. 312\n\nMoscow, 5 March 1956\n\n"
                + "To the Ministry of Foreign Affairs:\n\nDear Comrade Minister,\n\nText of the memorandum.\n");
        assertThat(x.string("//div/head")).isEqualTo("Memorandum of Conversation");
        assertThat(openerParts(x))
                .isEqualTo("classification precedence reference dateline salute salute");
        assertThat(x.string("//opener/dateline/date/@when")).isEqualTo("1956-03-05");
        assertThat(x.string("//correspAction[@type='received']/name")).isEqualTo("Ministry of Foreign Affairs");
        // where it was written: the dateline's place, linked to the same entry as in the text
        assertThat(x.string("//correspAction[@type='sent']/placeName")).isEqualTo("Moscow");
        assertThat(x.string("//correspAction[@type='sent']/placeName/@ref")).isEqualTo(x.string("//dateline/placeName/@ref"));
        assertThat(x.count("//standOff//place[concat('#', @xml:id) = //correspAction/placeName/@ref]")).isEqualTo(1);
    }

    @Test
    void aHeadingThatSaysBetweenWhomGoesOnTheKindAboveItAndItsDateDatesTheDocument() {
        XPaths x = doc("Record of Conversation\n\nbetween the Minister of Foreign Affairs, Stefan Jędrychowski, and Walter "
                + "Scheel, in Warsaw on 3 November 1970\n\nJędrychowski: I welcome the Minister.\n\nRecorded by: M. Tomala\n");
        assertThat(x.count("//div/head")).isEqualTo(2);
        assertThat(x.string("//titleStmt/title[@type = 'main']")).isEqualTo("Record of Conversation between the Minister "
                + "of Foreign Affairs, Stefan Jędrychowski, and Walter Scheel, in Warsaw on 3 November 1970");
        assertThat(x.string("//creation/date/@when")).isEqualTo("1970-11-03");
        assertThat(x.string("//creation/date")).isEqualTo("3 November 1970");
        // a heading of two dates says not which dates the document
        XPaths y = doc("Minutes\n\nof the talks held on 3 and 4 May 1960\n\nThe talks went on.\n\nKovács\n");
        assertThat(y.count("//creation/date")).isEqualTo(0);
    }

    @Test
    void aTelegramsClassificationAndDatelineUnderItsAddresseeStillHeadIt() {
        XPaths x = doc("Cipher telegram\n\nFrom Budapest\nTo the Central Committee of the CPSU\n\nTop secret\n\n"
                + "Budapest, 27 October 1956\n\nFighting continues.\n\nA. Mikoyan\n");
        assertThat(openerParts(x))
                .isEqualTo("salute classification dateline");
        assertThat(x.count("//div[@type = 'section']")).isEqualTo(0);
        assertThat(x.string("//creation/date/@when")).isEqualTo("1956-10-27");
    }

    @Test
    void howManyCopiesWereMadeIsMarkedWithTheClassification() {
        XPaths x = doc("Embassy of the Hungarian People's Republic\nBeijing\n\nTop secret!\nWritten in 3 copies\n\n"
                + "Beijing, 29 August 1967\n\nReport on the situation in the Ministry\n\nThe rebels hold it.\n\nFerenc Martin\n");
        assertThat(openerParts(x))
                .isEqualTo("classification classification dateline");
        assertThat(x.string("//opener/seg[2]")).isEqualTo("Written in 3 copies");
        assertThat(x.string("string-join(//div/head, '|')")).doesNotContain("copies");
        XPaths y = doc("Secret\nCopy 2 of 5\n\nMemorandum\n\nThe talks went on.\n\nLewandowski\n");
        assertThat(y.string("//opener/seg[2]/@type")).isEqualTo("classification");
    }

    @Test
    void aShortLineOverMoreOfTheTextHeadsASectionOfIt() {
        XPaths x = doc("Report\n\nThe talks went well.\n\nAssessment\n\nThe visit was a success.\n\n"
                + "Proposals\n\n1. Invite him again.\n2. Send the documents.\n\nPlace: Ministry, Havana\n\n"
                + "The meeting ended at noon.\n\nPlease confirm receipt\n\nKovács\n");
        assertThat(x.string("string-join(//div[@type = 'section']/head, '|')")).isEqualTo("Assessment|Proposals");
        assertThat(x.count("//div[@type = 'section'][head = 'Assessment']/p")).isEqualTo(1);
        // the section runs to the next heading or the end of the text; a field is no heading, nor the last line
        // (a request without its full stop, which is no signature either)
        assertThat(x.count("//div[@type = 'section'][head = 'Proposals']/(list | p)")).isEqualTo(4);
        assertThat(x.string("//div[@type = 'section'][head = 'Proposals']/p[last()]")).isEqualTo("Please confirm receipt");
        assertThat(x.string("//closer/signed")).isEqualTo("Kovács");
        assertThat(x.count("//div[@type = 'document']/p")).isEqualTo(1);
    }

    @Test
    void closingLinesBecomeValedictionSignaturesAndDateline() {
        XPaths x = doc("Text of the letter.\n\nWith communist greetings,\n\nAmbassador of the USSR\nI. Ivanov [Signature]\n\n"
                + "[Seal]\n\nPeking, 3 April 1957\n");
        assertThat(x.string("//closer/salute")).isEqualTo("With communist greetings,");
        assertThat(x.count("//closer/signed")).isEqualTo(1);
        assertThat(x.count("//closer/signed/lb")).isEqualTo(1);
        assertThat(x.string("//closer/gap/desc")).isEqualTo("Seal");
        assertThat(x.string("//closer/dateline/date/@when")).isEqualTo("1957-04-03");
        // a closer's dateline is read for the header before the names are found: the place as written,
        // linked where the register or the known names have it, to the entry the dateline's name links to
        assertThat(x.string("//correspAction[@type='sent']/placeName")).isEqualTo("Peking");
        assertThat(x.string("//correspAction[@type='sent']/placeName/@ref")).isEqualTo("#pl-beijing")
                .isEqualTo(x.string("//closer/dateline/placeName/@ref"));
        assertThat(x.count("//standOff//place[@xml:id = 'pl-beijing']")).isEqualTo(1);
        XPaths unknown = doc("Text of the letter.\n\nI. Ivanov\n\nZemun Polje, 3 April 1957\n");
        assertThat(unknown.string("//correspAction[@type='sent']/placeName")).isEqualTo("Zemun Polje");
        assertThat(unknown.count("//correspAction[@type='sent']/placeName/@ref")).isZero();
        assertThat(x.string("//titleStmt/author")).isEqualTo("Ambassador of the USSR, I. Ivanov");
    }

    @Test
    void anInsideAddressAtTheTopNamesTheAddresseeAndAValedictionNeedsNoComma() {
        XPaths x = doc("Berlin, 12 May 1976\n\nTo the First Secretary of the Central Committee\nComrade Yumjaagiin Tsedenbal\n"
                + "Ulaanbaatar\n\nDear Comrade Tsedenbal!\n\nOur delegation will arrive on 2 June.\n\n"
                + "With communist greetings\n\nErich Honecker\n");
        assertThat(x.string("string-join(//opener/*/local-name(), ' ')")).isEqualTo("dateline address salute");
        assertThat(x.count("//opener/address/addrLine")).isEqualTo(3);
        assertThat(x.string("//correspAction[@type = 'received']/name"))
                .isEqualTo("First Secretary of the Central Committee, Comrade Yumjaagiin Tsedenbal");
        assertThat(x.string("//closer/salute")).isEqualTo("With communist greetings");
        assertThat(x.string("string-join(//closer/signed, '|')")).isEqualTo("Erich Honecker");
        // a line of it that reads as nothing (a gap) is no part of the addressee, and no failure
        Conversion c = Encode.text("Berlin, 12 May 1976\n\nTo the Ministry\n[Seal]\n[illegible]\nUlaanbaatar\n\n"
                + "Dear Comrade!\n\nThe delegation arrives.\n\nHonecker\n");
        assertThat(c.ok()).as(c.diagnostics().toString()).isTrue();
        assertThat(XPaths.of(c.tei()).string("//correspAction[@type = 'received']/name")).isEqualTo("Ministry");
    }

    @Test
    void aTitleTakesTheKindTheSubjectAndAnAcronymInParentheses() {
        XPaths x = doc("Memorandum\n\nBudapest, 14 February 1957\n\nSubject: Conversation with the Yugoslav Ambassador\n\n"
                + "The ambassador called at his own request.\n\nSík Endre\n");
        assertThat(x.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Memorandum: Conversation with the Yugoslav Ambassador, 14 February 1957");
        XPaths y = doc("REPORT\nof the Military Attaché on the Czechoslovak People's Army [ČSLA]\n\n20 July 1968\n\n"
                + "The exercises showed that the staffs are not fully manned.\n\nColonel Ivanov\n");
        assertThat(y.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Report of the Military Attaché on the Czechoslovak People's Army (ČSLA)");
        // a letterhead above says who wrote it, the heading that names the kind what it is
        XPaths z = doc("Ministry of Foreign Trade of the USSR\n\nReference on grain purchases abroad in 1963\n\n"
                + "Moscow, 14 December 1963\n\nContracts were concluded with four countries.\n\nS. Borisov\n");
        assertThat(z.string("//titleStmt/title[@type = 'main']")).isEqualTo("Reference on grain purchases abroad in 1963");
    }

    @Test
    void anOutlinesNumberedParagraphsGoInsideTheirSectionAcrossBlankLines() {
        XPaths x = doc("Report\n\nI. General situation\n\n1. The leadership has been replaced.\n\n2. Meetings were held.\n\n"
                + "II. Combat readiness\n\n1. The exercises showed that:\na) the staffs are not manned;\nb) the lines failed.\n\n"
                + "2. Readiness has fallen.\n\nColonel Ivanov\n");
        assertThat(x.count("//div/list")).isEqualTo(1);
        assertThat(x.string("string-join(//div/list/item/@n, ' ')")).isEqualTo("I II");
        assertThat(x.string("string-join(//div/list/item/list/item/@n, ' ')")).isEqualTo("1 2 1 2");
        assertThat(x.string("string-join(//item[@n = 'II']/list/item[1]/list/item/@n, ' ')")).isEqualTo("a b");
    }

    @Test
    void aSentenceAtTheEndIsNotASignature() {
        XPaths x = doc("Text of the minutes.\n\nNo matters were raised.\n\nReuter\n");
        assertThat(x.string("string-join(//closer/signed, '|')")).isEqualTo("Reuter");
    }

    @Test
    void givenNamesSuppliedBeforeASignatorysSurnameCompleteThePersonsName() {
        XPaths x = doc("TELEGRAM\n\nThe road to Damascus is open.\n\n[Ion] Covaci\n");
        assertThat(x.string("//closer/signed/persName")).isEqualTo("Ion Covaci");
        assertThat(x.string("//closer/signed/persName/supplied/@reason")).isEqualTo("name-completion");
        // a word for the signature itself is no given name: the name is what follows it
        XPaths y = doc("TELEGRAM\n\nThe road to Damascus is open.\n\n[Signature] Covaci\n");
        assertThat(y.string("//closer/signed/persName")).isEqualTo("Covaci");
    }

    @Test
    void anOfficeInLowerCaseBelowTheNameSigns() {
        XPaths x = doc("REPORT\n\nThe Ministry was closed.\n\nFerenc Martin\nchargé d'affaires a.i.\n");
        assertThat(x.string("//closer/signed/persName")).isEqualTo("Ferenc Martin");
        assertThat(x.count("//closer/signed/lb")).isEqualTo(1);
        // a line in lower case that is no office is no signature's
        XPaths y = doc("REPORT\n\nThe Ministry was closed.\n\nFerenc Martin\nwill report again\n");
        assertThat(y.count("//closer")).isZero();
    }

    @Test
    void aRoleOverTheNameInParenthesesSigns() {
        XPaths x = doc("REPORT\n\nThe canal was closed.\n\nAmbassador:\n(G. Petkov)\n");
        assertThat(x.string("//closer/signed")).isEqualTo("Ambassador:(G. Petkov)"); // the lines apart by lb
        assertThat(x.count("//closer/signed/lb")).isEqualTo(1);
        assertThat(x.string("//closer/signed/persName")).isEqualTo("G. Petkov");
        assertThat(x.string("//titleStmt/author")).isEqualTo("Ambassador G. Petkov");
        // a line that ends with a colon and introduces nothing is no signature
        XPaths y = doc("REPORT\n\nThe canal was closed.\n\nThe following was agreed:\n");
        assertThat(y.count("//closer")).isEqualTo(0);
    }

    @Test
    void aHeadingThatNamesTheKindOfDocumentIsItsTitle() {
        XPaths x = doc("MINISTRY OF FOREIGN AFFAIRS\n\nLetter from Zhou Enlai to Jawaharlal Nehru\n\nBeijing, 8 April 1955\n\n"
                + "Dear Mr. Prime Minister,\n\nThe cable was sent.\n\nZhou Enlai\n");
        assertThat(x.string("//titleStmt/title[@type = 'main']")).isEqualTo("Letter from Zhou Enlai to Jawaharlal Nehru");
        // without such a heading, the title says who wrote to whom
        XPaths y = doc("MINISTRY OF FOREIGN AFFAIRS\n\nBeijing, 8 April 1955\n\nDear Mr. Prime Minister,\n\n"
                + "The cable was sent.\n\nZhou Enlai\n");
        assertThat(y.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Letter from Zhou Enlai to Mr. Prime Minister, 8 April 1955");
    }

    @Test
    void whoRecordedTheMinutesIsNoSender() {
        XPaths x = doc("Minutes of the meeting\n\nThe talks went on.\n\nRecorded by: Szurdi István\n");
        assertThat(x.string("//closer/signed")).isEqualTo("Recorded by: Szurdi István");
        assertThat(x.count("//correspAction[@type = 'sent']/name")).isEqualTo(0);
    }

    @Test
    void aPostscriptFollowsTheCloser() {
        XPaths x = doc("Dear Comrade,\n\nThe cable was sent.\n\nWith best wishes,\n\nZhou Enlai\n\n"
                + "P.S. Please convey my regards.\n\nAnd my thanks.\n");
        assertThat(x.string("string-join(//closer/signed, '|')")).isEqualTo("Zhou Enlai");
        assertThat(x.string("//closer/salute")).isEqualTo("With best wishes,");
        assertThat(x.string("string-join(//div/postscript/p, '|')")).isEqualTo("P.S. Please convey my regards.|And my thanks.");
        assertThat(x.string("local-name(//div/*[last()])")).isEqualTo("postscript");
    }

    @Test
    void aListOfWhoReceivedCopiesIsATrailerAndNoSignature() {
        XPaths x = doc("Minute\n\nMr. Bevin saw General Robertson.\n\nF. K. Roberts\n30th June, 1948\n\n"
                + "Copy to: Sir O. Sargent; Mr. Kirkpatrick\nGerman Department\n");
        assertThat(x.string("//closer/signed")).isEqualTo("F. K. Roberts");
        assertThat(x.string("//closer/dateline/date/@when")).isEqualTo("1948-06-30");
        assertThat(x.string("//titleStmt/author")).isEqualTo("F. K. Roberts");
        assertThat(x.count("//div/trailer[@type = 'distribution']/lb")).isEqualTo(1);
        assertThat(x.string("string-join(//div/trailer/node()/(if (self::lb) then '|' else string(.)), '')"))
                .isEqualTo("Copy to: Sir O. Sargent; Mr. Kirkpatrick|German Department");
        assertThat(x.string("local-name(//div/*[last()])")).isEqualTo("trailer");
        // a last sentence that only opens like one stays in the body
        XPaths y = doc("Minute\n\nThe talks went on.\n\nCopies to be sent to all embassies.\n");
        assertThat(y.count("//trailer")).isEqualTo(0);
        assertThat(y.string("//div/p[last()]")).isEqualTo("Copies to be sent to all embassies.");
    }

    @Test
    void aRecordsFieldsAtTheTopAreDatelinesAndBylines() {
        XPaths x = doc("Record of Conversation between Chairman Mao Zedong and Ambassador Stepan Chervonenko\n\n"
                + "Time: 10 October 1959, 3 p.m. to 5:30 p.m.\nPlace: Yinian Hall, Zhongnanhai\nInterpreter: Li Yueran\n"
                + "Recorded by: Yan Mingfu\n\nChervonenko: I have come to convey greetings.\n");
        assertThat(x.string("string-join(//opener/*/local-name(), ' ')")).isEqualTo("dateline dateline byline byline");
        assertThat(x.string("//opener/dateline[1]/date/@when")).isEqualTo("1959-10-10");
        assertThat(x.string("//profileDesc/creation/date/@when")).isEqualTo("1959-10-10");
        assertThat(x.string("//opener/byline[2]/persName")).isEqualTo("Yan Mingfu");
        assertThat(x.count("//correspAction[@type = 'sent']")).isEqualTo(0);
        assertThat(x.string("//div/p[1]")).startsWith("Chervonenko:");
    }

    @Test
    void aTelegramsHeaderFieldsNameItsSenderPostAndAddressee() {
        XPaths x = doc("TELEGRAM\n\nConfidential Government Matter [Vertrauliche Verschlusssache]\n\nFrom: Vientiane\n"
                + "To: Secretary of State\nNo. 1423, May 12, 1961, 6 p.m.\n\nThe ceasefire will hold.\n\nBrown\n");
        assertThat(openerParts(x))
                .isEqualTo("classification byline salute dateline");
        assertThat(x.string("//correspAction[@type = 'received']/name")).isEqualTo("Secretary of State");
        assertThat(x.string("//titleStmt/title[@type = 'main']")).isEqualTo("Telegram from Brown to Secretary of State, May 12, 1961");
    }

    @Test
    void aTelegramsHeaderFieldsInCapitals() {
        XPaths x = doc("SECRET\n\nFROM: AMEMBASSY MOSCOW\nTO: SECSTATE WASHDC\nNR: 2215\nDATE: OCTOBER 26, 1962, 7 P.M.\n\n"
                + "EYES ONLY FOR THE SECRETARY\n\n1. SAW GROMYKO THIS AFTERNOON.\n\nKOHLER\n");
        assertThat(openerParts(x))
                .isEqualTo("classification byline salute reference dateline classification");
        assertThat(x.string("//correspAction[@type = 'received']/name")).isEqualTo("SECSTATE WASHDC");
        assertThat(x.string("//closer/signed/persName")).isEqualTo("KOHLER");
        // a telegram's numbered heading names its kind
        XPaths y = doc("Embassy in Hanoi\n\nCipher telegram No. 1142\n\nTo: Ministry of Foreign Affairs\n\n"
                + "The talks went on.\n\nLewandowski\n");
        assertThat(y.string("//titleStmt/title[@type = 'main']")).isEqualTo("Telegram from Lewandowski to Ministry of Foreign Affairs");
    }

    @Test
    void aSubjectHeadingCompletesAKindThatSaysNotWhatAbout() {
        XPaths x = doc("MINISTRY OF FOREIGN AFFAIRS\n\nTop Secret\n\nMemorandum for the Minister\n\n"
                + "Subject: Talks on the reversion of Okinawa\n\nTokyo, 2 October 1969\n\nThe talks went on.\n");
        assertThat(x.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Memorandum for the Minister: Talks on the reversion of Okinawa, 2 October 1969");
        XPaths y = doc("Embassy in New Delhi\n\nPolitical Report No. 41\n\nSubject: The Indian position\n\n"
                + "New Delhi, 24 June 1961\n\nThe position is firm.\n\nAmbassador\nHasan Kamil al-Sharqawi\n");
        assertThat(y.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Political Report No. 41: The Indian position, 24 June 1961");
        // a role over the name is said before it: "Ambassador Hasan Kamil al-Sharqawi"
        assertThat(y.string("//titleStmt/author")).isEqualTo("Ambassador Hasan Kamil al-Sharqawi");
        // the kind a heading names is the document's subtype, which the site lists and filters by
        assertThat(x.string("//div/@subtype")).isEqualTo("memorandum");
        assertThat(y.string("//div/@subtype")).isEqualTo("report");
        assertThat(doc("A paragraph.\n\nAnother one.\n").count("//div/@subtype")).isZero();
    }

    @Test
    void aDocumentOfNoNamedKindIsTitledByItsPartiesAndItsSubject() {
        XPaths x = doc("EMBASSY OF YUGOSLAVIA\nAlgiers\n\nAlgiers, 24 September 1962\n\n"
                + "To the State Secretariat for Foreign Affairs\nBelgrade\n\n"
                + "Subject: The formation of the first Algerian government\n\nThe Assembly was elected.\n\n"
                + "Ambassador\nNijaz Dizdarevi\u0107\n");
        assertThat(x.string("//titleStmt/title[@type = 'main']")).isEqualTo("Document from Ambassador Nijaz"
                + " Dizdarevi\u0107 to State Secretariat for Foreign Affairs, Belgrade: The formation of the first"
                + " Algerian government, 24 September 1962");
    }

    @Test
    void aLongLineThatSaysWhatRecordFollowsIsItsHeadingAndTitle() {
        XPaths x = doc("MINISTRY OF EXTERNAL AFFAIRS\n(Northern Division)\n\nRecord of the talks of the Prime Minister"
                + " with the Prime Minister of Nepal, Shri B. P. Koirala, held at Hyderabad House, New Delhi, on 24 January"
                + " 1960\n\nPresent:\nPrime Minister Jawaharlal Nehru\nShri B. P. Koirala\n\nKoirala said that the"
                + " boundary was the main question.\n");
        assertThat(x.count("//div/head")).isEqualTo(2);
        assertThat(x.string("//titleStmt/title[@type = 'main']")).startsWith("Record of the talks of the Prime Minister")
                .endsWith("on 24 January 1960");
        assertThat(x.string("//div/@subtype")).isEqualTo("record");
        // a sentence that begins the same way is no heading
        assertThat(doc("Record of the talks is kept by the Division.\n\nThe talks went on.\n").count("//div/head")).isZero();
    }

    @Test
    void aTelegramReceivedIsTitledByWhenceItCame() {
        XPaths x = doc("MINISTRY OF EXTERNAL RELATIONS\n\nSecret-Urgent\n\nTelegram received\n\nFrom the Embassy in"
                + " Buenos Aires\nOn 28/29 June 1966\n\nNo. 412\n\nThe President was removed.\n\nPio Corr\u00eaa\n");
        assertThat(x.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Telegram from the Embassy in Buenos Aires, 28/29 June 1966");
        assertThat(x.string("//div/@subtype")).isEqualTo("telegram");
    }

    @Test
    void aTelegramsKindOverItsSenderAndAnAddresseeLineWithoutPunctuation() {
        XPaths x = doc("Telegram\nEmbassy in Hanoi\nNo. 76.112\n14 March 1967, 18:00\n\n"
                + "To the Ministry of Foreign Affairs, Comrade Corneliu M\u0103nescu\n\nI was received by the Prime Minister.\n\n"
                + "Doroban\u021bu\n");
        assertThat(x.string("//titleStmt/title[@type = 'main']")).isEqualTo("Telegram from the Embassy in Hanoi, 14 March 1967");
        assertThat(x.string("//opener/salute")).isEqualTo("To the Ministry of Foreign Affairs, Comrade Corneliu M\u0103nescu");
        assertThat(x.string("//correspAction[@type = 'received']/name"))
                .isEqualTo("Ministry of Foreign Affairs, Comrade Corneliu M\u0103nescu");
        // a sentence that opens with "To the" is no addressee
        XPaths y = doc("Memorandum\n\nTo the Ministry's surprise, the talks failed.\n\nSmith\n");
        assertThat(y.count("//salute")).isZero();
    }

    @Test
    void aFrenchObjectLineIsTheSubjectAndAKindInCapitalsIsTitleCased() {
        XPaths x = doc("MINISTRY OF FOREIGN AFFAIRS\n\nNote for the President of the Council\n\nParis, 2 July 1954\n\n"
                + "Object: The Geneva negotiations\n\n1. The President met Mr. Chou En-lai.\n\n2. The talks went on.\n");
        assertThat(x.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Note for the President of the Council: The Geneva negotiations, 2 July 1954");
        XPaths y = doc("RECORD OF CONVERSATION\nwith the Ambassador of the Republic of Afghanistan in the USSR\n\n"
                + "14 September 1973\n\nThe Ambassador called on me.\n");
        assertThat(y.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Record of Conversation with the Ambassador of the Republic of Afghanistan in the USSR");
    }

    @Test
    void aChargeDAffairesAdInterimSignsOverHisNameInParentheses() {
        XPaths x = doc("Report on the elections in Ceylon\n\nThe elections ended.\n\nChargé d'Affaires a.i.\n(J. Wiśniewski)\n");
        assertThat(x.string("normalize-space(//closer/signed)")).isEqualTo("Chargé d'Affaires a.i.(J. Wiśniewski)");
        assertThat(x.count("//closer/signed/lb")).isEqualTo(1);
        assertThat(x.string("//titleStmt/author")).contains("Wiśniewski");
    }

    @Test
    void whatAKindHeadingIsOfGoesOnItHoweverLong() {
        XPaths x = doc("MINISTRY OF FOREIGN TRADE\n\nSecret\n\nMINUTES\nof the talks between the delegation of the"
                + " Ministry of Foreign Trade of the Socialist Republic of Romania and the trade delegation of the"
                + " People's Republic of China\nBucharest, 22–24 January 1968\n\nThe talks began.\n");
        assertThat(x.count("//div/head")).isEqualTo(2);
        assertThat(x.string("//opener/dateline/date/@from")).isEqualTo("1968-01-22");
        assertThat(x.string("//titleStmt/title[@type = 'main']")).startsWith("Minutes of the talks between");
        assertThat(x.string("//div/@subtype")).isEqualTo("minutes");
    }

    @Test
    void aMemorandumsSubjectAndParticipants() {
        XPaths x = doc("MEMORANDUM OF CONVERSATION\n\nWashington, March 3, 1962.\n\nSUBJECT\nBerlin Access Negotiations\n\n"
                + "PARTICIPANTS\nThe Secretary\nAmbassador Anatoly F. Dobrynin, Embassy of the USSR\n\nThe Secretary opened.\n\n"
                + "Enclosure:\nText of the Soviet aide-mémoire [not printed].\n");
        assertThat(x.count("//div/head")).isEqualTo(2);
        assertThat(x.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Memorandum of Conversation: Berlin Access Negotiations, March 3, 1962");
        // who took part is a list, its label the head; what another label introduces keeps its lines
        assertThat(x.string("string-join(//div/list[@type = 'participants'][@rend = 'unmarked']/*/local-name(), ' ')"))
                .isEqualTo("head item item");
        assertThat(x.string("//list[@type = 'participants']/head")).isEqualTo("PARTICIPANTS");
        assertThat(x.string("//list[@type = 'participants']/item[2]/persName")).isEqualTo("Anatoly F. Dobrynin");
        assertThat(x.count("//div/p[last()]/lb")).isEqualTo(1);
        // "Present:" opens such a list too; a paragraph that only begins with it does not
        XPaths z = doc("MINUTES\n\nPresent:\nComrade Novak\nComrade Hájek\n\nThe meeting opened.\n\n"
                + "Present were the members of the collegium.\nThe minutes were read.\n");
        assertThat(z.string("string-join(//div/list[@type = 'participants']/*, '|')"))
                .isEqualTo("Present:|Comrade Novak|Comrade Hájek");
        assertThat(z.count("//div/list")).isEqualTo(1);
        // who was present and who absent, a field a line, is the record's first paragraph, not a heading
        XPaths w = doc("MINUTES\nof the meeting of the Collegium\n\nPresent: Comrades V. David, J. Hájek\n"
                + "Absent: Comrade A. Gregor\n\nThe meeting opened.\n");
        assertThat(w.count("//div/head")).isEqualTo(1);
        assertThat(w.string("//div/p[1]/text()[1]")).isEqualTo("Present: Comrades ");
        assertThat(w.count("//div/p[1]/lb")).isEqualTo(1);
        // a heading of the kind alone, with what it is about under it
        XPaths y = doc("USSR Ministry of Foreign Affairs\n\nNOTE\n\non the situation in Afghanistan\n\nThe situation worsens.\n");
        assertThat(y.string("//titleStmt/title[@type = 'main']")).isEqualTo("Note on the situation in Afghanistan");
    }

    @Test
    void aDispatchsValedictionOfSeveralLinesAndTheAddresseeAtItsFoot() {
        XPaths x = doc("No. 214.\n\nConstantinople, June 18, 1877.\n\nMy Lord,\n\nI have the honour to inform your Lordship.\n\n"
                + "I have the honour to be, with the highest respect,\nMy Lord,\nYour Lordship's most obedient, humble Servant,\n\n"
                + "A. H. Layard\n\nThe Earl of Derby, K.G., &c., &c., &c.\n");
        assertThat(x.string("//opener/salute")).isEqualTo("My Lord,");
        assertThat(x.string("string-join(//closer/*/local-name(), ' ')")).isEqualTo("salute signed address");
        assertThat(x.count("//closer/salute/lb")).isEqualTo(2);
        assertThat(x.string("//closer/address/addrLine")).isEqualTo("The Earl of Derby, K.G., &c., &c., &c.");
        assertThat(x.string("//correspAction[@type = 'received']/name")).isEqualTo("The Earl of Derby, K.G.");
        assertThat(x.string("//titleStmt/title[@type = 'main']"))
                .isEqualTo("Document from A. H. Layard to the Earl of Derby, K.G., June 18, 1877");
    }

    @Test
    void aLettersValedictionsSignatureAndAddressAtItsFoot() {
        XPaths x = doc("New Delhi\n\nNovember 19, 1962\n\nMy dear President,\n\nI wrote to you last night. B. K. Nehru will call.\n\n"
                + "With warm regards,\n\nYours sincerely,\nJawaharlal Nehru\n\n"
                + "The President of the United States of America,\nThe White House,\nWashington, D.C.\n");
        assertThat(x.string("string-join(//closer/*/local-name(), ' ')")).isEqualTo("salute salute signed address");
        assertThat(x.count("//closer/address/addrLine")).isEqualTo(3);
        assertThat(x.string("//correspAction[@type = 'received']/name")).isEqualTo("The President of the United States of America");
        // the signatory is another Nehru than the one named before
        assertThat(x.string("//closer/signed/persName/@ref")).isEqualTo("#pers-jawaharlal-nehru");
        assertThat(x.string("//titleStmt/author")).isEqualTo("Jawaharlal Nehru");
    }

    @Test
    void anOmissionBeforeTheSignatureIsNoSignature() {
        XPaths x = doc("Text of the minutes.\n\nNo matters were raised.\n\n[Rest of the minutes not translated]\n\nReuter\n");
        assertThat(x.string("string-join(//closer/signed, '|')")).isEqualTo("Reuter");
        assertThat(x.string("//body//p/gap/desc")).isEqualTo("Rest of the minutes not translated");
    }

    @Test
    void listsNestByStyleAndIndentation() {
        XPaths x = doc("Points:\n\n- 1. One.\n- 2. Two:\n - a. Two a.\n - b. Two b.\n   i. Deeper.\n- 3. Three.\n");
        assertThat(x.string("string-join(//div/list/item/@n, ' ')")).isEqualTo("1 2 3");
        assertThat(x.string("string-join(//item[@n='2']/list/item/@n, ' ')")).isEqualTo("a b");
        assertThat(x.string("//item[@n='b']/list/@rend")).isEqualTo("roman dot");
        assertThat(x.string("//div/list/@rend")).isEqualTo("numbered dot dash");
    }

    @Test
    void numberedParagraphsFormOneListAndARestartBeginsANewOne() {
        XPaths x = doc("Intro.\n\n1. First point.\n\n2. Second point.\n\nA paragraph.\n\n1. Again one.\n\n(a) Style change.\n");
        assertThat(x.count("//div/list")).isEqualTo(3);
        assertThat(x.string("string-join(//div/list[1]/item/@n, ' ')")).isEqualTo("1 2");
        assertThat(x.string("//div/list[3]/@rend")).isEqualTo("alphabetic parens");
        // items parted by blank lines are paragraphs of their own: "spaced", which the text views give back
        assertThat(x.string("//div/list[1]/@rend")).isEqualTo("numbered dot spaced");
        XPaths y = doc("Intro.\n\n1. First point.\n2. Second point.\n\n3. Third point.\n");
        assertThat(y.string("string-join(//div/list/@rend, '|')")).isEqualTo("numbered dot");
    }

    @Test
    void alignedColumnsBecomeATable() {
        XPaths x = doc("Figures:\n\nProvince    Tons\nJilin       1,240\nLiaoning    2,050\n\nEnd.\n");
        assertThat(x.count("//table/row")).isEqualTo(3);
        assertThat(x.string("//table/row[1]/@role")).isEqualTo("label");
        assertThat(x.string("//table/row[3]/cell[2]/num/@value")).isEqualTo("2050");
    }

    @Test
    void proseWithDoubleSpacesAfterFullStopsIsNotATable() {
        XPaths x = doc("The delegation arrived on time.  It was received by the Minister.\n"
                + "The talks began at once.  They lasted for three hours and ended late.\n");
        assertThat(x.count("//table")).isZero();
        assertThat(x.count("//body//p")).isEqualTo(1);
    }
}
