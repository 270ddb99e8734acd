package org.goldset.user;

/** What a user may do; each role includes what the ones before it may. */
public enum Role {
    /** Reviews the documents assigned to them. */
    ANALYST,
    /** Also adjudicates between analysts, assigns documents and exports. */
    CURATOR,
    /** Also manages users, the schema and the engines. */
    ADMIN
}
