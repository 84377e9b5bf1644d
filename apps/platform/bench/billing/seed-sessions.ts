import type { PlatformDb } from "../../src/db/connect.ts";

/**
 * One session per registered studio for the seeded rounds, each a copy of a session the bench
 * launched through /v1 (so every column is one the platform wrote), ended, with its own id and
 * that studio as provider: the report's provider column then has one value per studio.
 */
export async function seedSessions(
  platform: PlatformDb,
  operatorId: string,
): Promise<Array<{ sessionId: string; providerId: string }>> {
  const model = await platform.db
    .selectFrom("game_sessions")
    .selectAll()
    .where("operator_id", "=", operatorId)
    .orderBy("created_at_ms")
    .limit(1)
    .executeTakeFirstOrThrow();
  const studios = await platform.db.selectFrom("game_studios").select("id").orderBy("id").execute();
  const sessions: Array<{ sessionId: string; providerId: string }> = [];
  for (const [k, studio] of studios.entries()) {
    const sessionId = `bench-seed-session-${k}`;
    await platform.db
      .insertInto("game_sessions")
      .values({
        ...model,
        id: sessionId,
        studio_id: studio.id,
        player_id: "bench-player-0",
        status: "ended",
        launch_token_hash: `bench-seed-${k}`,
        studio_token_hash: null,
        ended_at_ms: model.created_at_ms,
        end_reason: "operator",
      })
      .execute();
    sessions.push({ sessionId, providerId: studio.id });
  }
  return sessions;
}
