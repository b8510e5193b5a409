package com.londonbeijing.portal.web;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.londonbeijing.portal.account.AccountService;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.test.PortalInstance;
import com.londonbeijing.portal.test.TestAccounts;
import com.londonbeijing.portal.test.TwoInstances;
import com.londonbeijing.portal.test.WebClient;
import com.londonbeijing.portal.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on two ports against one database, as behind a load balancer: nothing a
 * visitor or editor needs lives in one instance's memory. Sessions are in PostgreSQL, so
 * an editor signed in through one instance may go on through the other, and an edit saved
 * through either shows on both at once.
 */
class TwoInstanceTests {

	@RegisterExtension
	static TwoInstances instances = new TwoInstances();

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(instances.first().context().getBean(AccountService.class),
				instances.first().context().getBean(JdbcClient.class));
	}

	@AfterEach
	void deleteTestData() {
		this.accounts.deleteAll();
	}

	@Test
	void signedInThroughOneInstanceAnEditSavedThroughTheOtherShowsOnBothAtOnce() {
		WebSession onFirst = signedInEditor();
		WebSession onSecond = onFirst.at(instances.second().port());
		String title = "Saved through the second instance " + UUID.randomUUID();

		HttpResponse<String> form = onSecond.get("/admin/texts/home.intro/edit");
		assertThat(form.statusCode()).as("the session works on the second instance").isEqualTo(200);
		Document page = Jsoup.parse(form.body());
		HttpResponse<String> saved = onSecond.post("/admin/texts/home.intro/edit",
				Map.of("version", page.select("input[name=version]").val(), "title", title, "body",
						page.select("textarea[name=body]").text(), "action", "publish"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertBothServe("/", title);
		assertThat(onFirst.get("/admin").statusCode()).as("still signed in on the first instance").isEqualTo(200);
	}

	@Test
	void signingOutThroughOneInstanceEndsTheSessionOnBoth() {
		WebSession onFirst = signedInEditor();
		WebSession onSecond = onFirst.at(instances.second().port());
		assertThat(onSecond.get("/admin").statusCode()).isEqualTo(200);

		onSecond.signOut();

		assertThat(onFirst.get("/admin").statusCode()).isEqualTo(302);
		assertThat(onSecond.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void aRenameOnOneInstanceRedirectsTheOldAddressOnBoth() {
		WebSession onFirst = signedInEditor();
		JdbcClient jdbc = instances.first().context().getBean(JdbcClient.class);
		try {
			onFirst.get("/admin/areas/new");
			onFirst.post("/admin/areas/new", Map.of("name", "Test Two Instances", "slug", "test-two-old", "navOrder",
					"1", "status", "PUBLISHED"));
			long id = jdbc.sql("SELECT id FROM cooperation_area WHERE slug = 'test-two-old'")
				.query(Long.class)
				.single();
			assertBothServe("/areas/test-two-old", "Test Two Instances"); // now in both
																			// page caches
			assertThat(new WebClient(instances.second().port()).get("/areas/test-two-new").statusCode()).isEqualTo(404);

			onFirst.get("/admin/areas/" + id + "/edit");
			HttpResponse<String> renamed = onFirst.post("/admin/areas/" + id + "/edit",
					Map.of("name", "Test Two Instances", "slug", "test-two-new", "navOrder", "1", "status", "PUBLISHED",
							"action", "publish", "version",
							jdbc.sql("SELECT version FROM cooperation_area WHERE id = ?")
								.param(id)
								.query(Long.class)
								.single()
								.toString()));
			assertThat(renamed.statusCode()).isEqualTo(302);

			for (PortalInstance instance : instances.both()) {
				WebClient visitor = new WebClient(instance.port());
				HttpResponse<String> old = visitor.get("/zh/areas/test-two-old");
				assertThat(old.statusCode()).as("port " + instance.port()).isEqualTo(301);
				assertThat(WebSession.location(old)).isEqualTo("/zh/areas/test-two-new");
				assertThat(visitor.get("/areas/test-two-new").statusCode()).as("port " + instance.port())
					.isEqualTo(200);
			}
		}
		finally {
			jdbc.sql("DELETE FROM cooperation_area WHERE slug LIKE 'test-two-%'").update();
			jdbc.sql("DELETE FROM earlier_address WHERE slug LIKE 'test-two-%'").update();
		}
	}

	/**
	 * What anonymous visitors get from each instance, asked one right after the other.
	 */
	private static void assertBothServe(String path, String text) {
		for (PortalInstance instance : instances.both()) {
			HttpResponse<String> page = new WebClient(instance.port()).get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).as("port " + instance.port()).contains(text);
		}
	}

	private WebSession signedInEditor() {
		WebSession editor = new WebSession(instances.first().port());
		this.accounts.address(editor.address());
		HttpResponse<String> signedIn = editor.signIn(this.accounts.create("two-instances", Role.EDITOR).getUsername(),
				TestAccounts.PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return editor;
	}

}
