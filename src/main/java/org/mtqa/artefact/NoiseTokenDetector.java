package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.FindingOverlaps;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds machine tokens a scraper carried into the text: the tracking parameters of a link ("?utm_source=…",
 * "fbclid=…"), stray query pairs ("trk_id=VE-2025-0417-7f3a9c2e"), file names a CMS left ("IMG_20250316_221907.jpg"),
 * ad slot ids ("div-gpt-ad-1718293847561-0"), Unix timestamps ("1662611347"), ISO time stamps, long ungrouped
 * numbers, "#" anchors, CMS and slug keys, tracking ids ("ttn-de-58"), UUIDs, hex hashes and ids, random tokens
 * (base64, click ids) and data blobs (200 characters without a space), and lone dashes or
 * bullets on a line of their own, values a script did not have ("NaN", "undefined", a line "null"), and ids or elisions in
 * brackets alone on a line. A clean link ("www.stadt-wien.at"), years, amounts ("11.000"), phone numbers,
 * ISBNs, hashtags and model names ("COVID-19", "Boeing 737-800", "F-16") are no noise.
 */
@Component
public class NoiseTokenDetector implements ArtefactDetector {

    /**
     * Ten digits from 1000000000 to 2099999999 (seconds since 1970: years 2001 to 2036) standing alone, not
     * glued to other digits, separators or signs as in phone numbers, IBANs, amounts or URLs.
     */
    private static final Pattern UNIX_TIMESTAMP = Pattern.compile(
            "(?<![\\p{N}+/\\-–()]\\s)(?<!ISBN:?\\s)(?<![\\p{L}\\p{N}+/.,:\\-–])(?:1[0-9]|20)[0-9]{8}(?![\\p{L}\\p{N}/.,:\\-]?[\\p{L}\\p{N}])(?!\\s?[\\-/]\\s?[0-9])");

    /**
     * Lowercase letter groups and a trailing number joined by hyphens, like a CMS slug or tracking code ("ttn-de-58").
     * Only taken at the start or end of a line, where no sentence holds it; inside a sentence it may be a name.
     */
    private static final Pattern TRACKING_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._@-])[a-z]{2,12}(?:-[a-z]{2,12})+-[0-9]{1,8}(?![\\p{L}\\p{N}/._@-])");

    private static final Pattern UUID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\\p{L}\\p{N}/._-])");

    /**
     * A machine time stamp in ISO 8601 with its time: "2015-04-20T21:28:53.000+01:00". Text writes dates in words or
     * with dots; the "T" between date and time is only written by software.
     */
    private static final Pattern ISO_TIMESTAMP = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._-])(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9]"
                    + "(?:\\.[0-9]+)?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?(?![\\p{L}\\p{N}])");

    /**
     * A number of 12 to 19 digits without groups: a time stamp in milliseconds ("1320690345062"), a compact date and
     * time ("20140309101522"), a database key. Amounts are grouped or round, phone numbers start with 0 or +, an
     * ISBN or EAN is labelled.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}+/.,:#_-])(?<!(?:ISBN|EAN|GTIN|Tel|Fax)\\.?:?\\s)[1-9][0-9]{11,18}(?<!0{5})(?![\\p{L}\\p{N}/_-]|[.,][0-9])");

    /**
     * A number of five or more digits after "#", a short key before it or not: a comment anchor or ticket id
     * ("#20572871", "#ID-58213"). Hashtags with a number ("#COVID19", "#G20") carry few digits.
     */
    private static final Pattern ANCHOR_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}&#/])#(?:[A-Za-z]{1,6}[-_]?)?[0-9]{5,}(?![\\p{L}\\p{N}])");

    /**
     * A short lowercase hex id, 7 to 31 characters ("cb27d9f", "100278cd303f"): a commit or object id. It mixes at
     * least two digits with at least two of the letters a to f, so that no word or plain number qualifies.
     */
    private static final Pattern SHORT_HEX_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._#-])(?=(?:[a-f]*[0-9]){2})(?=(?:[0-9]*[a-f]){2})[0-9a-f]{7,31}(?![\\p{L}\\p{N}/._-])");

    /**
     * A few lowercase letters and a long number, a CMS key: "cms99436682", "art123456"; or one letter, or three to six,
     * of any case, and eight digits or more: an agency's or broadcaster's story id ("k10014381201000",
     * "AKR20240305071200003"). Two capitals and digits are an IBAN's start and stay out.
     */
    private static final Pattern CMS_KEY = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._@#-])(?:[a-z]{2,6}[0-9]{6,}|(?:[A-Za-z]|[A-Za-z]{3,6})[0-9]{8,})(?![\\p{L}\\p{N}/_-])");
    /**
     * A data URI, an image or file inlined as text ("data:image/gif;base64,R0lGOD…"): a browser's, never a reader's.
     */
    private static final Pattern DATA_URI = Pattern.compile(
            "(?<!\\S)data:[a-z]+/[\\w.+-]+(?:;[\\w=.-]+)*,\\S+");

    /**
     * A slug key: three or more lowercase parts joined by hyphens, the last mixing letters and digits
     * ("mod-15-cad497"). Model names end in a number ("sars-cov-2") and words in letters.
     */
    private static final Pattern SLUG_KEY = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._@-])[a-z0-9]+(?:-[a-z0-9]+)+-(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]{4,}"
                    + "(?![\\p{L}\\p{N}/._-])");

    /** 32 to 64 hex digits (MD5 to SHA-256), with both digits and letters so that no plain number qualifies. */
    private static final Pattern HEX_HASH = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._-])(?=[0-9a-f]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{32,64}(?![\\p{L}\\p{N}/._-])");

    /**
     * A data run ({@link Spans#LONG_TOKEN_CHARS}) that is no link: long links are no noise to a reader. The lookbehind
     * comes first, so only the start of each token is tried and a huge token costs one pass.
     */
    private static final Pattern DATA_BLOB = Pattern.compile(
            "(?<!\\S)(?!\\S*?(?:://|www\\.))\\S{" + Spans.LONG_TOKEN_CHARS + ",}");

    /** Tokens are quoted in a message up to this length, so a huge one does not fill the report twice. */
    private static final int MAX_QUOTED_CHARS = 40;

    /**
     * One mark, alone or repeated, is the whole line: a list marker whose content was lost, or a page's separator or
     * rule ("---", "=====", "***", "- - -", "___"). The spaced asterism "* * *" is a section break of German print and
     * stays.
     */
    private static final Pattern LONE_MARK_LINE = Pattern.compile("(?!\\* \\* \\*$)([^\\p{L}\\p{N}\\s])(?:[ \\t]*\\1)*");

    /**
     * What a script prints for a value it does not have, standing where a number or text should be. "NaN" and
     * "undefined" are no German words wherever they stand; "null", "None" and "N/A" only alone on a line ("null Tore"
     * is German), and so is an id or an elision in brackets ("[ID:884213]", "[N/A]", "[...]") whose words a reader
     * would not read.
     */
    private static final Pattern MISSING_VALUE = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:NaN|undefined)(?![\\p{L}\\p{N}_])");
    private static final Pattern MISSING_VALUE_LINE = Pattern.compile(
            "(?:null|NULL|None|nil|N/A|n/a|#N/A|#REF!|#WERT!)|\\[(?![^\\]]*\\p{Ll}{3})[^\\]\\s]{1,20}\\]");

    /** A link, up to white space or a quote; punctuation ending a sentence is trimmed off it. */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|(?<![\\p{L}\\p{N}@./-])[a-z0-9-]+"
            + "(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}/)[^\\s<>\"“”„»«]+");
    /**
     * A query string whose link lost its address: alone ("?utm_source=facebook&fbclid=…") or after the rest of a path
     * ("nachrichten/wahl-2024?ref=startseite"). Prose never has a letter, '=' and a value right after '?'; a full link
     * is {@link #URL}'s, where a query is fine unless it tracks.
     */
    private static final Pattern ORPHAN_QUERY =
            Pattern.compile("(?<!\\S)(?:[^\\s?]*[/\\p{L}\\p{N}_-])?\\?[A-Za-z][\\w.]*=\\S+");
    /** A link to a page, not a site: a path after the host ("…/politik/budget"); "www.telefonseelsorge.de" is a site. */
    private static final Pattern LINK_WITH_PATH = Pattern.compile("^(?:https?://)?[^/\\s]+/[^/\\s]+");
    private static final Pattern URL_TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]]+$");

    /**
     * Query parameters that only analytics and ad vendors set: the UTM family and its look-alikes (utm_, itm_, mtm_,
     * pk_, hsa_, mc_, trk_, at_, wt_), click ids (fbclid, gclid, msclkid, ttclid: all end in "clid" or "clkid"),
     * and the few named ones of Google Analytics, Instagram, HubSpot, Marketo, AT Internet and Microsoft, and the share
     * and position markers of Google search (ved), Alibaba's sites (spm), the New York Times (smid) and the share
     * buttons of streaming sites (si, share_*). None of them changes what the link shows. Vendors name their parameters
     * at will, so a list is the only way to know them.
     */
    private static final Pattern TRACKING_PARAMETER = Pattern.compile(
            "(?i)(?:(?:utm|itm|mtm|pk|hsa|mc|trk|at|wt)_[\\w.]+|\\w*cl(?:k)?id|[gw]braid|_ga|_gl|_hs\\w+|igshid|mkt_tok"
                    + "|ocid|icid|ncid|cmpid|xtor|ref_src|wt\\.mc_\\w+|s_cid|sc_cid|spm|smid|ved|si|share_\\w+)");

    /**
     * A query pair outside a link ("trk_id=VE-2025-0417", "guid=3f2b…", "PHPSESSID=8f3a…", "utm_source=newsletter"):
     * a key of two or more characters and a value, maybe joined to more pairs by '&amp;'. It counts when a value has a
     * digit or the key tracks; prose has no "name=value", and "n=120" in a study has a one-letter key.
     */
    private static final Pattern QUERY_PAIR = Pattern.compile(
            "(?<![\\p{L}\\p{N}/?&=.%_-])(?=[A-Za-z0-9_.]{2,}=)([A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)*)="
                    + "[^\\s&\"'<>,;()]{2,}[^\\s&\"'<>,;().:!?]"
                    + "(?:&[A-Za-z][\\w.]*=[^\\s&\"'<>,;()]*[^\\s&\"'<>,;().:!?])*");

    /**
     * A file name a CMS left: an image or video ("IMG_20250316_221907.jpg", "Screenshot-2015-01-13-at-00.47.27.png"),
     * or a document whose name is a machine's, with an underscore or a digit ("pressemitteilung_2016_956.pdf").
     */
    private static final Pattern MEDIA_FILE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._-])(?:[\\p{L}\\p{N}_-][\\p{L}\\p{N}_.-]*)?[\\p{L}\\p{N}]\\.(?i:jpe?g|png|gif|webp|heic"
                    + "|tiff?|bmp|svg|mp4|mov|avi|webm)(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}/._-])(?=[\\p{L}\\p{N}.-]*[_0-9])[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}]"
                    + "\\.(?i:pdf|docx?|xlsx?|pptx?|zip|odt|csv|json|xml)(?![\\p{L}\\p{N}])");

    /**
     * An ad slot or element id: lowercase parts joined by hyphens or underscores, one of them a run of six or more
     * digits ("div-gpt-ad-1718293847561-0"). Model names have short numbers ("sars-cov-2"), phone numbers no letters.
     */
    private static final Pattern SLOT_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._@=-])[a-z]+(?:[-_][a-z0-9]+)*[-_][0-9]{6,}(?:[-_][a-z0-9]+)*(?![\\p{L}\\p{N}/._@-])");

    /**
     * A program's identifier: lowercase parts joined by underscores, one with a digit ("lst_item_0x7f3a",
     * "ref_id_9f3b2"). German words never hold an underscore; a name a tech article discusses ("copy_from_user") has
     * no digit, a hashtag its "#".
     */
    private static final Pattern SNAKE_CASE_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._@=#-])(?=[a-z0-9_]*[0-9])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\\p{L}\\p{N}/._@-])");

    /** A candidate random token: letters, digits and the base64 signs, 16 or more, maybe '=' padded. */
    private static final Pattern TOKEN_CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+/=_@#.-])[A-Za-z0-9+/_-]{16,}={0,2}(?![\\p{L}\\p{N}+/=_-])");
    /** A random token switches between upper case, lower case and digits at least every this many characters. */
    private static final int CHARS_PER_SWITCH = 4;
    private static final int MIN_DIGIT_RUNS = 3;
    /** German and English words have longer lowercase runs ("Scheins", "Passwort"). */
    private static final int MAX_LOWERCASE_RUN = 5;
    private static final int MAX_PADDED_LOWERCASE_RUN = 8;
    /** A random token this long or longer: no word or product name is, with so many switches of case. */
    private static final int LONG_TOKEN = 20;

    /**
     * A run of three or more of one mark standing as a word of its own inside a line ("… zu beantragen. ||||"): a
     * separator or a rating widget run into the text. Ellipses and repeated "!" or "?" are punctuation.
     */
    /**
     * A video timecode, hours to frames ("00:14:32:07", SMPTE 12M), from an editing system's shot list; a clock time
     * has three parts at most.
     */
    private static final Pattern TIMECODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}:.])(?:TC\\s?)?[0-2][0-9]:[0-5][0-9]:[0-5][0-9][:;][0-5][0-9](?![\\p{N}:])");

    /**
     * A compact date with a record or picture number: a camera's or phone's name for a picture without its extension
     * ("20250929_152203", "IMG_20250929_152203") or a publisher's article id ("20250312-OYT1T50087"). Text writes
     * dates with dots.
     */
    private static final Pattern DATED_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._-])(?:[A-Z]{2,5}_)?(?:19|20)[0-9]{2}[01][0-9][0-3][0-9][_-](?=[A-Za-z]*[0-9])"
                    + "[A-Za-z0-9]{6,20}(?![\\p{L}\\p{N}/_-])");

    /** A CMS record named by its type and number: "cms:node/884213", "wp:post/5512". */
    private static final Pattern CMS_RECORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._-])[a-z]{2,10}:[a-z]{2,12}/[0-9]{3,}(?![\\p{L}\\p{N}/_-])");

    /**
     * A record's key and number in brackets: "[id:4471902]", "[ref=20931]". A bracketed reference of German text names
     * a source in words ("[Quelle: dpa]"), never a bare key and a long number.
     */
    private static final Pattern BRACKETED_KEY = Pattern.compile(
            "\\[\\p{Ll}{1,10}[:=#]\\s?[0-9][0-9a-f]{3,}\\]");

    /** The address of a picture, which an article shows and never writes out. */
    private static final Pattern IMAGE_ADDRESS = Pattern.compile("(?i)[./_=-](?:jpe?g|png|gif|webp|avif)\\b");

    private static final Pattern MARK_RUN = Pattern.compile("(?<!\\S)([-|#=+~^_*<>•▒░█■])\\1{2,}(?!\\S)");

    private static final List<LabelledPattern> INLINE_KINDS = List.of(
            new LabelledPattern("run of marks", MARK_RUN),
            new LabelledPattern("file name", MEDIA_FILE),
            new LabelledPattern("ad slot id", SLOT_ID),
            new LabelledPattern("program identifier", SNAKE_CASE_ID),
            new LabelledPattern("Unix timestamp", UNIX_TIMESTAMP),
            new LabelledPattern("time stamp", ISO_TIMESTAMP),
            new LabelledPattern("timecode", TIMECODE),
            new LabelledPattern("dated id", DATED_ID),
            new LabelledPattern("CMS record", CMS_RECORD),
            new LabelledPattern("bracketed record key", BRACKETED_KEY),
            new LabelledPattern("long number id", LONG_NUMBER),
            new LabelledPattern("anchor id", ANCHOR_ID),
            new LabelledPattern("hex id", SHORT_HEX_ID),
            new LabelledPattern("CMS key", CMS_KEY),
            new LabelledPattern("slug key", SLUG_KEY),
            new LabelledPattern("UUID", UUID),
            new LabelledPattern("hash", HEX_HASH),
            new LabelledPattern("data URI", DATA_URI),
            new LabelledPattern("data blob", DATA_BLOB));


    @Override
    public Category category() {
        return Category.NOISE_TOKEN;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        for (LabelledPattern kind : INLINE_KINDS) {
            for (Spans.Span token : kind.matches(text)) {
                findings.add(noise(kind.label(), token));
            }
        }
        Matcher pair = QUERY_PAIR.matcher(text);
        while (pair.find()) {
            String value = pair.group().substring(pair.group(1).length() + 1);
            if (value.chars().anyMatch(Character::isDigit) || TRACKING_PARAMETER.matcher(pair.group(1)).matches()) {
                findings.add(noise("query parameter", new Spans.Span(pair.group(), pair.start(), pair.end())));
            }
        }
        for (Spans.Span token : Spans.matches(TOKEN_CANDIDATE, text)) {
            if (looksRandom(token.value())) {
                findings.add(noise("random token", token));
            }
        }
        List<Spans.Span> urls = Spans.matches(URL, text);
        for (Spans.Span query : Spans.matches(ORPHAN_QUERY, text)) {
            if (urls.stream().noneMatch(url -> url.start() < query.end() && query.start() < url.end())) {
                findings.add(noise("query string", query));
            }
        }
        for (Spans.Span url : urls) {
            if (IMAGE_ADDRESS.matcher(url.value()).find()) {
                findings.add(noise("picture address", url));
                continue;
            }
            trackingQuery(url).forEach(query -> findings.add(finding(query.start(), query.end(),
                    "Tracking parameters '" + shorten(query.value()) + "' in a link: delete them", List.of(""))));
        }
        for (Spans.Span token : Spans.matches(MISSING_VALUE, text)) {
            findings.add(noise("missing value", token));
        }
        for (Spans.Span line : analysed.lines()) {
            Spans.Span content = Spans.trim(line);
            if (LONE_MARK_LINE.matcher(content.value()).matches()) {
                findings.add(noise("separator or bullet line", content));
            } else if (MISSING_VALUE_LINE.matcher(content.value()).matches()) {
                findings.add(noise("placeholder line", content));
            } else if (urls.stream().anyMatch(url -> url.start() == content.start() && url.end() == content.end()
                    && LINK_WITH_PATH.matcher(url.value()).find())) {
                // a link with no word of the article around it is the scraped page's own address or a lost embed
                findings.add(noise("link line", content));
            }
            for (Spans.Span id : Spans.matches(TRACKING_ID, content.value())) {
                if (id.start() == 0 || id.end() == content.value().length()) {
                    int start = content.start() + id.start();
                    findings.add(noise("tracking id", new Spans.Span(id.value(), start, start + id.value().length())));
                }
            }
        }
        return FindingOverlaps.keepFirstOfOverlapping(findings);
    }

    private Finding noise(String label, Spans.Span token) {
        return finding(token.start(), token.end(),
                "Stray " + label + " '" + shorten(token.value()) + "' from the source page: delete it", List.of(""));
    }

    private static String shorten(String token) {
        return token.length() > MAX_QUOTED_CHARS ? token.substring(0, MAX_QUOTED_CHARS - 1) + "…" : token;
    }

    /**
     * Base64, click ids and keys change between upper case, lower case and digits all the time, with digits in
     * several places and no long lowercase run; words, compounds ("500-Euro-Schein") and passwords made of words
     * ("HowMuchIsTheFish1") do not.
     */
    private static boolean looksRandom(String token) {
        int switches = 0;
        int digitRuns = 0;
        int lowercaseRun = 0;
        int longestLowercaseRun = 0;
        int previous = -1;
        boolean[] seen = new boolean[3];
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int kind = Character.isUpperCase(c) ? 0 : Character.isLowerCase(c) ? 1 : Character.isDigit(c) ? 2 : -1;
            lowercaseRun = kind == 1 ? lowercaseRun + 1 : 0;
            longestLowercaseRun = Math.max(longestLowercaseRun, lowercaseRun);
            if (kind < 0) {
                previous = -1;
                continue;
            }
            seen[kind] = true;
            switches += previous >= 0 && kind != previous ? 1 : 0;
            digitRuns += kind == 2 && previous != 2 ? 1 : 0;
            previous = kind;
        }
        // base64 signs or padding are evidence enough for a single digit run ("eUGQ/9Cgk…+VGW…==")
        boolean base64Signs = token.indexOf('+') >= 0 || token.indexOf('/') >= 0 || token.endsWith("=");
        // padding ends nothing but base64, whose random letters may run longer in lower case ("…oghyml3Tu…=");
        // a long token needs fewer digit runs ("LSDSIezhI01eSFMvpsnBeZ1p")
        int minDigitRuns = base64Signs ? 1 : token.length() >= LONG_TOKEN ? MIN_DIGIT_RUNS - 1 : MIN_DIGIT_RUNS;
        int maxLowercaseRun = token.endsWith("=") ? MAX_PADDED_LOWERCASE_RUN : MAX_LOWERCASE_RUN;
        return seen[0] && seen[1] && seen[2] && switches * CHARS_PER_SWITCH >= token.length()
                && digitRuns >= minDigitRuns && longestLowercaseRun <= maxLowercaseRun;
    }

    /**
     * The tracking parameters of a link's query, as spans to delete: the whole query with its '?' when every
     * parameter tracks, else each tracking parameter with the '&amp;' that joins it; adjacent ones merged.
     */
    private static List<Spans.Span> trackingQuery(Spans.Span url) {
        String link = URL_TRAILING_PUNCTUATION.matcher(url.value()).replaceFirst("");
        int question = link.indexOf('?');
        if (question < 0) {
            return List.of();
        }
        int queryEnd = link.indexOf('#') > question ? link.indexOf('#') : link.length();
        List<int[]> spans = new ArrayList<>();
        boolean allTracking = true;
        int from = question + 1;
        while (from < queryEnd) {
            int to = link.indexOf('&', from);
            to = to < 0 || to > queryEnd ? queryEnd : to;
            int equals = link.indexOf('=', from);
            // "&amp;" where an HTML source was copied as text
            String name = link.substring(from, equals >= 0 && equals < to ? equals : to).replaceFirst("^amp;", "");
            if (TRACKING_PARAMETER.matcher(name).matches()) {
                // take the '&' before the parameter, or after it when it is the first
                spans.add(from == question + 1 ? new int[] {from, Math.min(to + 1, queryEnd)}
                        : new int[] {from - 1, to});
            } else {
                allTracking = false;
            }
            from = to + 1;
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        if (allTracking) {
            spans = List.of(new int[] {question, queryEnd});
        }
        List<Spans.Span> merged = new ArrayList<>();
        int start = spans.get(0)[0];
        int end = spans.get(0)[1];
        for (int[] span : spans.subList(1, spans.size())) {
            if (span[0] > end) {
                merged.add(new Spans.Span(link.substring(start, end), url.start() + start, url.start() + end));
                start = span[0];
            }
            end = Math.max(end, span[1]);
        }
        merged.add(new Spans.Span(link.substring(start, end), url.start() + start, url.start() + end));
        return merged;
    }

    @Override
    public String description() {
        return "Machine tokens a scraper carried into the text: tracking parameters of links, stray query pairs, "
                + "media file names, ad slot ids, timestamps, tracking ids, UUIDs, hashes, random tokens, data blobs "
                + "and lone bullets.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Opposition sammelt Unterschriften [ref:20931]. Das Gesetz gilt ab Juli.",
                        "[ref:20931]", "Die Opposition sammelt Unterschriften. Das Gesetz gilt ab Juli."),
                DetectorExample.wrong("Der Zugang E9HqIaNTXBU0SfmPg4WVkC0oghyml3TuvfjLAv4= ist gesperrt.",
                        "E9HqIaNTXBU0SfmPg4WVkC0oghyml3TuvfjLAv4=", "Der Zugang ist gesperrt."),
                DetectorExample.right("Das iPhone15ProMax und der Passwortmanager HowMuchIsTheFish1 kosten extra."),
                DetectorExample.wrong("Festes Schuhwerk ist Pflicht. lst_item_0x7f3a\n\nDie Fähre fährt stündlich.",
                        "lst_item_0x7f3a", "Festes Schuhwerk ist Pflicht. \n\nDie Fähre fährt stündlich."),
                DetectorExample.right("Ihr Profil bei Instagram heißt @anna_berger, die Mail anna_berger@example.at."),
                DetectorExample.wrong("Das Video 3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d zeigt den Einsatz.",
                        "3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d",
                        "Das Video zeigt den Einsatz."),
                DetectorExample.wrong("Der Landtag tagt am Montag.\nhttps://www.example.org/politik/landtag-tagt-4711/\n",
                        "https://www.example.org/politik/landtag-tagt-4711/", "Der Landtag tagt am Montag.\n\n"),
                DetectorExample.wrong("Der Landtag tagt am Montag.\n\nexample.com/de/news/2024/10/01/88231\n",
                        "example.com/de/news/2024/10/01/88231", "Der Landtag tagt am Montag.\n\n\n"),
                DetectorExample.right("Mehr unter https://www.example.org/landtag im Netz.\n\nwww.telefonseelsorge.de\n"),
                                DetectorExample.wrong("Quelle: https://www.example.org/politik/budget"
                        + "?utm_source=newsletter&utm_medium=email",
                        "?utm_source=newsletter&utm_medium=email",
                        "Quelle: https://www.example.org/politik/budget"),
                DetectorExample.wrong("Die Bilanz fällt gut aus.\n=====\nDer Gewinn stieg deutlich.", "=====",
                        "Die Bilanz fällt gut aus.\nDer Gewinn stieg deutlich."),
                DetectorExample.wrong("Die Feier war ausgelassen.\nIMG_20250316_221907.jpg\nDer Verein feierte lange.",
                        "IMG_20250316_221907.jpg",
                        "Die Feier war ausgelassen.\nDer Verein feierte lange."),
                DetectorExample.wrong("Der Rat stimmte zu.\nlokalblatt.fr/politique/vote-conseil?xtor=RSS-3\n"
                        + "ad-slot-inarticle-2\nDie Arbeiten beginnen 2027.", "?xtor=RSS-3",
                        "Der Rat stimmte zu.\nDie Arbeiten beginnen 2027."),
                DetectorExample.wrong("Der Zug hielt. TC 01:02:33:12 Die Fahrgäste stiegen aus, 20240517_093012 "
                        + "zeigt sie.", "TC 01:02:33:12", "Der Zug hielt. Die Fahrgäste stiegen aus."),
                DetectorExample.wrong("Der Bericht endet hier.\ncms:node/884213\nimg.example.cn/mmbiz_jpg/Xk29/640?wx_fmt=jpeg"
                        + "\n20250312-OYT1T50087", "cms:node/884213", "Der Bericht endet hier."),
                DetectorExample.right("Anpfiff war um 20:45 Uhr, die Bestzeit liegt bei 2:04:35 Stunden, der Zug "
                        + "fuhr 2024-2025 im 10:15-Takt."),
                DetectorExample.wrong("Die Daten liegen in live-ticker-0347.json bereit.", "live-ticker-0347.json",
                        "Die Daten liegen bereit."),
                DetectorExample.wrong("Das Urteil fiel am Montag.\n\nk10014381201000\n", "k10014381201000",
                        "Das Urteil fiel am Montag.\n"),
                DetectorExample.wrong("Er wurde verurteilt.\n\ndata:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\n",
                        "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
                        "Er wurde verurteilt.\n"),
                DetectorExample.right("Die Boeing 737-800 landete 2024 sicher, der Schaden beträgt 11.000 Euro, "
                        + "überwiesen auf DE89370400440532013000, die RTX4090 kostet mehr."),
                DetectorExample.right("Mehr auf www.stadt-wien.at oder unter +43 1 4000-0; das Buch (ISBN "
                        + "978-3-16-148410-0) erklärt die F-16 und #BlackLivesMatter2020."),
                DetectorExample.wrong("Der Bericht #MEL-558213 ist online.", "#MEL-558213", "Der Bericht  ist online."),
                DetectorExample.right("Unter #COVID19 und #G20 wird diskutiert, Ticket Nr. 558213 ist offen."));
    }
}
