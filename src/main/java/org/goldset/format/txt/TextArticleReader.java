package org.goldset.format.txt;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata of a plain-text news article from its first lines, without touching the text:
 * the title (first line that is not web-page boilerplate), a byline ("By Jane Doe | May 1, 2020"),
 * a publication date on a short line near the top, a dateline ("WASHINGTON (Reuters) -"), and the
 * outlet where the text names it: the dateline's agency, a line that is only an agency's name
 * ("Sputnik"), or a sign-off at the end ("— The CNSNews Team"). Anything it cannot recognise is
 * simply left empty: a guessed outlet would be worse than none.
 */
public final class TextArticleReader {

    /** How many non-blank lines after the title may hold a byline, date or dateline. */
    private static final int HEADER_LINES = 8;
    private static final int MAX_TITLE_LENGTH = 300;
    /** A date on a longer line is more likely part of a sentence than a publication date. */
    private static final int MAX_DATE_LINE_LENGTH = 80;

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(skip to (main )?content|advertisement|menu|search|home|share( this( article)?)?|"
                    + "(log|sign) ?in|subscribe( now)?|close|toggle navigation|print|email)");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Ww]ritten\\s+)?[Bb][Yy]\\b\\s*[:|]?\\s*(?<rest>.*)$");
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b"),
            Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?<year>\\d{4})\\b"),
            Pattern.compile("\\b(?<year>\\d{4})-(?<monthNumber>\\d{2})-(?<day>\\d{2})\\b"));
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,\\s*[A-Z][A-Za-z.]+)*\\s*(?:\\((?<agency>[^)]{2,40})\\))?\\s*[:—–-]\\s+\\S");

    /** A header line that is nothing but a news agency's name: the article's source ("Sputnik", "(AP)"). */
    private static final Pattern AGENCY_LINE = Pattern.compile("^\\(?(?<agency>AP|Associated Press|Reuters|AFP|"
            + "Agence France-Presse|Sputnik|TASS|Xinhua|IRNA|Tasnim|Fars|Anadolu|Bloomberg|UPI|dpa|ANI|PTI|Yonhap|Kyodo)"
            + "\\)?$");
    /** A sign-off at the end naming the outlet: "— The CNSNews Team". */
    private static final Pattern TEAM_SIGN_OFF = Pattern.compile("^[—–-]\\s*The\\s+(?<outlet>[\\p{L}\\d.&' -]{2,40}?)\\s+Team$");
    /** How many non-blank lines at the end may hold a sign-off. */
    private static final int FOOTER_LINES = 8;

    private TextArticleReader() {
    }

    public static ArticleHeader read(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        int titleIndex = 0;
        while (titleIndex < lines.size() - 1 && BOILERPLATE.matcher(lines.get(titleIndex)).matches()) {
            titleIndex++;
        }
        String title = lines.isEmpty() ? "" : shorten(lines.get(titleIndex));
        String byline = null;
        LocalDate date = null;
        String dateline = null;
        String outlet = null;
        int end = Math.min(lines.size(), titleIndex + 1 + HEADER_LINES);
        for (int i = titleIndex + 1; i < end; i++) {
            String line = lines.get(i);
            Matcher by = BYLINE.matcher(line);
            boolean isByline = by.matches();
            if (isByline && byline == null) {
                byline = nameIn(by.group("rest")).orElse(null);
            }
            if (date == null && (isByline || line.length() <= MAX_DATE_LINE_LENGTH)) {
                date = dateIn(line).orElse(null);
            }
            Matcher dl = DATELINE.matcher(line);
            if (dateline == null && !isByline && dl.find()) {
                dateline = dl.group("place").strip();
                outlet = dl.group("agency");
            }
        }
        if (outlet == null) {
            outlet = agencyLine(lines.subList(Math.min(titleIndex + 1, lines.size()), end))
                    .or(() -> signOff(lines.subList(Math.max(0, lines.size() - FOOTER_LINES), lines.size())))
                    .orElse(null);
        }
        return new ArticleHeader(title, byline, date, dateline, outlet);
    }

    /**
     * A line naming only an agency, near the top. A photo credit ("Ay Collection/AP") is not one: the
     * agency took the picture, not necessarily the article.
     */
    private static Optional<String> agencyLine(List<String> header) {
        return header.stream().map(AGENCY_LINE::matcher).filter(Matcher::matches)
                .map(matcher -> matcher.group("agency")).findFirst();
    }

    private static Optional<String> signOff(List<String> footer) {
        return footer.stream().map(TEAM_SIGN_OFF::matcher).filter(Matcher::matches)
                .map(matcher -> matcher.group("outlet").strip()).findFirst();
    }

    /** "Jane Doe | May 1, 2020 | 6:12 PM" → "Jane Doe"; "| Jan 7, 2020" → nothing. */
    private static Optional<String> nameIn(String rest) {
        String name = rest.split("\\s*[|•·]\\s*|\\s+[–—-]\\s+", 2)[0].strip();
        if (name.isEmpty() || dateIn(name).isPresent() || !Character.isLetter(name.codePointAt(0))) {
            return Optional.empty();
        }
        return Optional.of(shorten(name));
    }

    static Optional<LocalDate> dateIn(String line) {
        for (Pattern pattern : DATES) {
            Matcher matcher = pattern.matcher(line);
            while (matcher.find()) {
                try {
                    int year = Integer.parseInt(matcher.group("year"));
                    int day = Integer.parseInt(matcher.group("day"));
                    int month = pattern.pattern().contains("monthNumber")
                            ? Integer.parseInt(matcher.group("monthNumber"))
                            : monthOf(matcher.group("month")).getValue();
                    return Optional.of(LocalDate.of(year, month, day));
                } catch (DateTimeException | IllegalArgumentException e) {
                    // "February 31, 2020" is no date; keep looking.
                }
            }
        }
        return Optional.empty();
    }

    private static Month monthOf(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static String shorten(String line) {
        return line.length() <= MAX_TITLE_LENGTH ? line : line.substring(0, MAX_TITLE_LENGTH - 1) + "…";
    }

    /** What the first lines of an article said about it; any part may be null. */
    public record ArticleHeader(String title, String byline, LocalDate date, String dateline, String outlet) {
    }
}
