package org.goldset.base;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code goldset.*} setting in one place, with its default (application.properties,
 * {@code --goldset.x=…} on the command line, or the CLI's own options, which set the same names).
 *
 * @param db        the SQLite file
 * @param schema    an annotation schema file replacing the built-in one; empty for the built-in
 * @param analyst   who made the decisions stored before logins existed (their layer once layers come); empty for the operating-system user
 * @param corenlp   where CoreNLP runs: in this process, or on a pool of CoreNLP servers
 * @param assignment how documents are handed to analysts
 * @param curation  what curation merges into the gold by itself
 * @param storage   how long a write waits for SQLite's lock
 * @param backup    scheduled backups of the SQLite file by the web app
 * @param limits    the largest input Goldset accepts
 * @param web       the web app's defences
 */
@ConfigurationProperties("goldset")
public record GoldsetProperties(@DefaultValue("./data/goldset.db") String db, @DefaultValue("") String schema,
                                @DefaultValue("") String analyst, @DefaultValue Seeds seeds,
                                @DefaultValue Suggestion suggestion, @DefaultValue CoreNlp corenlp,
                                @DefaultValue Assignment assignment, @DefaultValue Curation curation,
                                @DefaultValue Storage storage, @DefaultValue Backup backup,
                                @DefaultValue Limits limits, @DefaultValue Web web) {

    /**
     * @param allowedHosts the host names (and addresses) browsers may use to reach the web app, besides
     *                     the loopback names and {@code server.address}; a request naming any other host
     *                     in its {@code Host} header is refused (a page of another site whose name was made
     *                     to resolve to this machine: DNS rebinding)
     */
    public record Web(@DefaultValue("") List<String> allowedHosts) {

        public Web {
            allowedHosts = allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
        }
    }

    /**
     * @param busyTimeout  how long a write waits for another connection or process (an import) to
     *                     release SQLite's write lock before it gives up and says so
     * @param checkAtStart whether the web app runs SQLite's quick_check on the file before it starts
     */
    public record Storage(@DefaultValue("10s") Duration busyTimeout, @DefaultValue("true") boolean checkAtStart) {
    }

    /**
     * @param dir   where the web app writes scheduled backups of the SQLite file; empty for none
     * @param every how often
     * @param keep  how many backups to keep; older ones are deleted
     */
    public record Backup(@DefaultValue("") String dir, @DefaultValue("6h") Duration every,
                         @DefaultValue("7") int keep) {
    }

    /**
     * @param articleCharacters     the longest article text (in code points) an import accepts
     * @param annotationsPerDocument the most entities plus events one document may carry
     * @param lineCharacters        the longest line of a JSON Lines file (in characters)
     */
    public record Limits(@DefaultValue("5000000") int articleCharacters,
                         @DefaultValue("20000") int annotationsPerDocument,
                         @DefaultValue("20000000") int lineCharacters) {
    }

    /**
     * @param abandonAfter how long a document handed out by "Review next" stays claimed after its
     *                     analyst's last decision on it; then it goes back to the pool (the analyst's
     *                     layer is kept, and they can still finish it)
     */
    public record Assignment(@DefaultValue("2h") Duration abandonAfter) {
    }

    /**
     * @param merge     which units go into the gold without a curator when a document reaches
     *                  curation: UNANIMOUS (every analyst has it) or MAJORITY (more than half of them,
     *                  and at least {@code minVoters})
     * @param minVoters under MAJORITY, the fewest analysts who must agree on a unit
     */
    public record Curation(@DefaultValue("UNANIMOUS") Merge merge, @DefaultValue("2") int minVoters) {

        public enum Merge { UNANIMOUS, MAJORITY }

        /** Whether a unit that {@code voters} of {@code analysts} analysts gave goes into the gold by itself. */
        public boolean merges(int voters, int analysts) {
            return switch (merge) {
                case UNANIMOUS -> voters == analysts;
                case MAJORITY -> 2 * voters > analysts && voters >= minVoters;
            };
        }
    }

    /**
     * @param enabled import the built-in corpus into an empty database on first start
     * @param folder  where the built-in corpus is
     */
    public record Seeds(@DefaultValue("true") boolean enabled, @DefaultValue("seeds") Path folder) {
    }

    /**
     * @param engines     the enabled entity engines' ids, in priority order (first wins when labels
     *                    disagree); by default every built-in engine
     * @param eventEngines the enabled event engines' ids; empty for no events (they need CoreNLP's
     *                    parse, so runs with only text-matching entity engines suggest none)
     * @param threads     documents analysed at once; 0 for one per core (two per CoreNLP server with servers)
     * @param afterImport whether the web app suggests for newly imported documents in the background
     */
    public record Suggestion(@DefaultValue({"learned", "gazetteer", "patterns", "places", "corenlp-ner"}) List<String> engines,
                             @DefaultValue("events") List<String> eventEngines,
                             @DefaultValue("0") int threads, @DefaultValue("true") boolean afterImport) {
    }

    /**
     * @param servers Stanford CoreNLP servers ({@code StanfordCoreNLPServer}) to analyse on instead of
     *                this process, e.g. {@code http://nlp1:9000,http://nlp2:9000}; empty for in-process
     * @param timeout how long one article may take on a server before it goes to the next one
     */
    public record CoreNlp(@DefaultValue("") List<URI> servers, @DefaultValue("120s") Duration timeout) {

        public CoreNlp {
            // An empty setting binds as one empty URI.
            servers = servers.stream().filter(server -> !server.toString().isBlank()).toList();
            for (URI server : servers) {
                if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme()) || server.getHost() == null) {
                    throw new IllegalArgumentException("goldset.corenlp.servers: \"" + server
                            + "\" is not a server's address such as http://nlp1:9000");
                }
            }
        }
    }
}
