// Smoke program for the TypeScript SDKs that @hey-api/openapi-ts generates from the per-vendor bundles
// (tests/contract/test_typescript_sdk.py). It runs against the sandbox: servers and auth schemes come from the
// bundles; the program only points each client's base URL at the sandbox and gives the credentials.
import * as signalwire from './signalwire';
import { client as signalwireClient } from './signalwire/client.gen';
import * as whereby from './whereby';
import { client as wherebyClient } from './whereby/client.gen';

// Node's globals, declared here so that the check needs no @types/node.
declare const process: { env: Record<string, string | undefined>; exitCode?: number };

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`check failed: ${what}`);
  console.log(`ok ${what}`);
}

// Compile-time checks of the conventions: a response enum is open, a request enum is closed.
const futureQuality: signalwire.Room['quality'] = 'a-resolution-the-vendor-adds-later';
// @ts-expect-error: a request may send only the listed values.
const refusedQuality: signalwire.CreateRoomRequest['quality'] = '4k';
void [futureQuality, refusedQuality];

async function smokeSignalWire(): Promise<void> {
  signalwireClient.setConfig({
    baseUrl: env('SIGNALWIRE_BASE_URL'),
    auth: () => `${env('SIGNALWIRE_PROJECT_ID')}:${env('SIGNALWIRE_API_TOKEN')}`,
  });
  const name = `ts_smoke_${Date.now()}`;
  const created = await signalwire.roomsCreate({
    body: { name, display_name: 'TypeScript smoke', quality: '1080p', join_from: '2099-01-01T00:00:00Z' },
    throwOnError: true,
  });
  const id = created.data.id;
  check(created.data.name === name && created.data.quality === '1080p', 'signalwire rooms_create');
  const byId = await signalwire.roomsGet({ path: { id }, throwOnError: true });
  const byName = await signalwire.roomsGet({ path: { id: name }, throwOnError: true });
  check(byId.data.id === id && byName.data.id === id, 'signalwire rooms_get by id and by name');
  const page = await signalwire.roomsList({ query: { page_size: 1 }, throwOnError: true });
  check(page.data.data.length === 1 && typeof page.data.links.self === 'string', 'signalwire rooms_list one page');
  const updated = await signalwire.roomsUpdate({
    path: { id },
    body: { display_name: 'TypeScript smoke, renamed', layout: '2x2' },
    throwOnError: true,
  });
  check(updated.data.display_name === 'TypeScript smoke, renamed' && updated.data.layout === '2x2', 'signalwire rooms_update');
  const deleted = await signalwire.roomsDelete({ path: { id } });
  check(deleted.response.status === 204, 'signalwire rooms_delete');
  const gone = await signalwire.roomsGet({ path: { id } });
  check(gone.response.status === 404 && gone.data === undefined, 'signalwire rooms_get after delete is 404');
  signalwireClient.setConfig({ auth: () => 'sandbox-project:wrong-token' });
  const refused = await signalwire.roomsList({});
  check(refused.response.status === 401, 'signalwire refuses wrong credentials');
}

async function smokeWhereby(): Promise<void> {
  wherebyClient.setConfig({ baseUrl: env('WHEREBY_BASE_URL'), auth: () => env('WHEREBY_API_KEY') });
  const created = await whereby.meetingsCreate({
    body: { endDate: '2099-01-01T10:00:00Z', fields: ['hostRoomUrl'] },
    throwOnError: true,
  });
  const { meetingId, roomName } = created.data;
  check(created.response.status === 201 && typeof created.data.hostRoomUrl === 'string', 'whereby meetings_create');
  // `fields` is one comma-separated value (explode: false); the sandbox refuses repeated parameters.
  const fetched = await whereby.meetingsGet({
    path: { meetingId },
    query: { fields: ['hostRoomUrl', 'viewerRoomUrl'] },
    throwOnError: true,
  });
  check(fetched.data.meetingId === meetingId && typeof fetched.data.viewerRoomUrl === 'string', 'whereby meetings_get');
  const page = await whereby.meetingsList({ query: { limit: 1 }, throwOnError: true });
  check(page.data.results.length === 1, 'whereby meetings_list one page');
  // Meetings cannot be changed; their room's colours can.
  if (roomName === undefined) throw new Error('the meeting has no roomName');
  const themed = await whereby.roomsUpdateThemeTokens({
    path: { roomName: roomName.replace(/^\//, '') },
    body: { tokensPreset: 'custom', tokens: { colors: { primary: '#1D2127' } } },
    throwOnError: true,
  });
  check(themed.response.status === 204, 'whereby rooms_update_theme_tokens');
  const deleted = await whereby.meetingsDelete({ path: { meetingId } });
  check(deleted.response.status === 204, 'whereby meetings_delete');
  const gone = await whereby.meetingsGet({ path: { meetingId } });
  check(gone.response.status === 404, 'whereby meetings_get after delete is 404');
}

async function main(): Promise<void> {
  await smokeSignalWire();
  await smokeWhereby();
  console.log('typescript smoke: every call answered as expected');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
