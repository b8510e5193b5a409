package com.londonbeijing.portal.database;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.londonbeijing.portal.account.Account;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalInstance;
import com.londonbeijing.portal.test.PortalIntegrationTest;
import com.londonbeijing.portal.test.ScratchDatabase;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code PORTAL_DB_READ_URL} set, public pages are read from the replica while
 * sign-in sessions, saves and Flyway use the primary. The "replica" here is a second
 * database whose home page introduction says something else, so each page shows which
 * database served it.
 */
@PortalIntegrationTest
class ReadReplicaRoutingTests {

	private static final String REPLICA_TITLE = "Served by the read replica";

	private static final String REPLICA_CHINESE = "来自只读副本的名称";

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource primary;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	TestAccounts accounts = new TestAccounts();

	ScratchDatabase replica;

	String replicaUrl;

	String originalTradeTitle;

	@BeforeEach
	void createReplica() {
		this.replica = new ScratchDatabase(this.primary, "portal_test_replica_").migrate();
		this.replicaUrl = this.replica.url();
		replica().sql("UPDATE site_text SET title = ? WHERE text_key = 'home.intro'").param(REPLICA_TITLE).update();
		this.originalTradeTitle = tradeTitle(this.jdbc);
	}

	@AfterEach
	void dropReplica() {
		this.jdbc.sql("UPDATE site_text SET title = ? WHERE text_key = 'trade.intro'")
			.param(this.originalTradeTitle)
			.update();
		this.replica.close();
	}

	@Test
	void withoutAReadUrlEverythingUsesThePrimary() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM site_text WHERE title = ?")
			.param(REPLICA_TITLE)
			.query(Long.class)
			.single()).isZero();
		assertThat(new WebClient(this.port).get("/").body()).doesNotContain(REPLICA_TITLE);
	}

	@Test
	void publicPagesComeFromTheReplicaWhileSessionsAndSavesGoToThePrimary() {
		Account editor = this.accounts.create("replica", Role.EDITOR);
		copyToReplica(editor); // as replication would
		String written = "Written to the primary " + UUID.randomUUID();

		HikariDataSource replicaPool;
		try (PortalInstance instance = PortalInstance.onDatabaseOf(this.primary,
				Map.of("portal.db.read.url", this.replicaUrl))) {
			replicaPool = ((ReadReplicaRouting.RoutingDataSource) instance.context().getBean(DataSource.class))
				.replica();
			assertThat(new WebClient(instance.port()).get("/").body()).contains(REPLICA_TITLE);

			WebSession visitor = new WebSession(instance.port());
			this.accounts.address(visitor.address());
			assertThat(visitor.signIn(editor.getUsername(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
			Document form = Jsoup.parse(visitor.get("/admin/texts/trade.intro/edit").body());
			HttpResponse<String> saved = visitor.post("/admin/texts/trade.intro/edit",
					Map.of("version", form.select("input[name=version]").val(), "title", written, "body",
							form.select("textarea[name=body]").text(), "action", "publish"));

			assertThat(saved.statusCode()).as("signed in and saved").isEqualTo(302);
			assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
				.param(editor.getUsername())
				.query(Long.class)
				.single()).as("session stored on the primary").isOne();
			assertThat(tradeTitle(this.jdbc)).isEqualTo(written);
			assertThat(tradeTitle(replica())).isEqualTo(this.originalTradeTitle);
		}
		assertThat(replicaPool.isClosed()).as("replica pool closed with the application").isTrue();
	}

	@Test
	void chinesePagesReadTheirTranslationsFromTheReplica() {
		replica().sql("""
				UPDATE translation SET text = ? WHERE kind = 'area' AND field = 'name'
				AND item_id = (SELECT id FROM cooperation_area WHERE slug = 'trade-and-investment')""")
			.param(REPLICA_CHINESE)
			.update();

		try (PortalInstance instance = PortalInstance.onDatabaseOf(this.primary,
				Map.of("portal.db.read.url", this.replicaUrl))) {
			assertThat(new WebClient(instance.port()).get("/zh/areas/trade-and-investment").body())
				.contains("<h1>" + REPLICA_CHINESE + "</h1>");
		}
		assertThat(new WebClient(this.port).get("/zh/areas/trade-and-investment").body()).as("the primary's")
			.contains("<h1>贸易与投资</h1>");
	}

	private static String tradeTitle(JdbcClient database) {
		return database.sql("SELECT title FROM site_text WHERE text_key = 'trade.intro'").query(String.class).single();
	}

	private void copyToReplica(Account account) {
		Map<String, Object> row = this.jdbc
			.sql("SELECT username, username_key, password_hash, role, enabled FROM account WHERE id = ?")
			.param(account.getId())
			.query()
			.singleRow();
		replica()
			.sql("INSERT INTO account (username, username_key, password_hash, role, enabled) VALUES (?, ?, ?, ?, ?)")
			.params(row.get("username"), row.get("username_key"), row.get("password_hash"), row.get("role"),
					row.get("enabled"))
			.update();
	}

	private JdbcClient replica() {
		return this.replica.jdbc();
	}

}
