package org.goldset.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.goldset.TestDatabase;
import org.goldset.export.GoldExporter;
import org.goldset.review.ReviewService;
import org.goldset.review.listing.DocumentListing;
import org.goldset.suggestion.SuggestionJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The services check who calls them, whatever screen (or future API) calls: nobody without a login,
 * analysts only the review, curators also export and run suggestions, administrators also users.
 */
@SpringBootTest
class AccessRulesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    ReviewService review;
    @Autowired
    DocumentListing listing;
    @Autowired
    GoldExporter exporter;
    @Autowired
    SuggestionJobs jobs;
    @Autowired
    UserAccounts users;
    @Autowired
    org.goldset.curation.Curation curation;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void noUsers() {
        jdbc.update("DELETE FROM app_user");
    }

    @Test
    void without_a_login_no_service_answers() {
        assertThatThrownBy(() -> review.openDocument(1L, "someone")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(listing::labels).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(exporter::formats).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(users::list).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> curation.queue(0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // What the login and first-start screens need answers without one.
        assertThat(users.noUsersYet()).isTrue();
    }

    @Test
    @WithMockUser(username = "bo", roles = "ANALYST")
    void an_analyst_reviews_but_neither_exports_nor_runs_suggestions_nor_manages_users() {
        assertThat(review.openDocument(1L, "bo")).isEmpty();
        assertThat(listing.labels()).isNotEmpty();
        assertThatThrownBy(exporter::formats).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(jobs::start).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(users::list).isInstanceOf(AccessDeniedException.class);
        // Curation is a curator's: an analyst neither sees another's layer there nor makes the gold.
        assertThatThrownBy(() -> curation.sheet(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curation.take(1L, "entity:1", "bo")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curation.finish(1L, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.add("eve", Role.ADMIN, "a long enough password")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "cy", roles = {"ANALYST", "CURATOR"})
    void a_curator_exports_but_does_not_manage_users() {
        assertThat(exporter.formats()).isNotEmpty();
        assertThat(curation.queue(0, 10)).isEmpty();
        assertThatThrownBy(users::list).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_first_administrator_can_be_created_once_only() {
        users.addFirstAdministrator("root-admin", "a long enough password");
        assertThatThrownBy(() -> users.addFirstAdministrator("second", "a long enough password"))
                .isInstanceOf(UserException.class).hasMessageContaining("already been created");
        assertThat(users.noUsersYet()).isFalse();
    }
}
