// The play token of `/play/sst_…` is a URL that leaks (history, screenshots, shared links): it
// can be exchanged for an access token only by the browser that exchanged it first, which a
// cookie set at that exchange proves; a reload there keeps working.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testDialects } from "../db/test-databases.ts";
import { bindingCookieName } from "./client-binding.ts";
import { startStudio, TITLES, type StudioFixture } from "./test/studio-fixture.ts";

for (const kind of testDialects) {
  describe(`play tokens are bound to the browser that opened them (${kind})`, () => {
    let f: StudioFixture;
    before(async () => {
      f = await startStudio(kind);
    });
    after(async () => f?.close());

    const exchangeAs = (playToken: string, cookie?: string) =>
      f.h.request("POST", "/studio/api/session", {
        body: { play_token: playToken },
        ...(cookie === undefined ? {} : { headers: { cookie } }),
      });

    test("the first exchange sets an HttpOnly cookie; another client holding the URL is refused", async () => {
      const player = `bound-${kind}`;
      await f.player(player, 10_000);
      const { sessionId, playToken } = await f.launchGame(TITLES.line, player);

      const first = await exchangeAs(playToken);
      assert.equal(first.status, 200, first.text);
      const setCookie = first.headers.get("set-cookie") ?? "";
      assert.match(setCookie, new RegExp(`^${bindingCookieName(sessionId)}=[A-Za-z0-9_-]{20,};`));
      for (const attribute of ["HttpOnly", "SameSite=Strict", "Path=/studio/api"]) {
        assert.ok(setCookie.includes(attribute), `${attribute} in ${setCookie}`);
      }
      const cookie = setCookie.split(";")[0]!;

      // Someone else with the URL: no cookie, a made-up one, or another session's.
      const stolen = await exchangeAs(playToken);
      assert.equal(stolen.status, 403, stolen.text);
      assert.equal(stolen.json.code, "SESSION_OPENED_ELSEWHERE");
      assert.equal(stolen.json.access_token, undefined);
      assert.equal((await exchangeAs(playToken, `${bindingCookieName(sessionId)}=guess`)).status, 403);
      const other = await f.launchGame(TITLES.line, player);
      const otherCookie = (await exchangeAs(other.playToken)).headers.get("set-cookie")!.split(";")[0]!;
      assert.equal((await exchangeAs(playToken, otherCookie)).status, 403);

      // The player's own browser: a reload exchanges again, as often as it likes.
      for (let reload = 0; reload < 3; reload += 1) {
        const again = await exchangeAs(playToken, `${otherCookie}; ${cookie}`);
        assert.equal(again.status, 200, again.text);
        assert.equal(again.headers.get("set-cookie"), null, "the binding is set once");
        const played = await f.h.request("POST", "/studio/api/rounds", {
          token: again.json.access_token as string,
          body: { bet_minor: 100 },
        });
        assert.equal(played.status, 200, played.text);
      }
    });

    test("two first exchanges at once: one browser wins, the other is refused", async () => {
      const player = `race-${kind}`;
      await f.player(player, 10_000);
      const { playToken } = await f.launchGame(TITLES.line, player);
      const answers = await Promise.all([exchangeAs(playToken), exchangeAs(playToken)]);
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 403]);
    });
  });
}
