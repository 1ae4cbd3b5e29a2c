/**
 * The single place where everything is wired together: storage, settings, language, sound, the
 * worker pool, the DOM overlay and the Phaser game. Nothing else reaches into a global.
 *
 * The title screen is shown first, from the DOM alone; the Phaser game, the play screen and the
 * worker pool are loaded after it (dynamic import), so the title works before they have arrived.
 */
import '@fontsource/fredoka/latin-600.css';
import '@fontsource/nunito/latin-400.css';
import '@fontsource/nunito/latin-700.css';
import './ui/styles.css';
import { I18n, pickLanguage } from './app/i18n';
import { createInspector, type TextureFigures } from './app/inspect';
import type { Game } from 'phaser';
import { defaultSettings, readSettings, saveSettings, type Settings } from './app/settings';
import { openStore } from './app/storage';
import { loadOperatorSettings, saveOperatorSettings, visitDefaults, VisitStore } from './app/kiosk/visitStore';
import { watchWorkers } from './app/kiosk/watchWorkers';
import { kioskModeNow, refreshKioskFile } from './ui/kiosk/boot';
import type { KioskDeps } from './ui/kiosk/kioskMode';
import type { GameServices } from './game/services';
import { SoundService } from './audio/sound';
import { soundUrls } from './audio/sounds';
import { EnginePool } from './worker/engine-pool';
import { browserPortFactory } from './worker/port';
import { LAB_LEVELS } from './app/play/labLevels';
import { findLevel } from './app/play/levels';
import { Campaign } from './app/campaign/campaign';
import { Progress } from './app/progress';
import { PoolEngine } from './wiring/poolEngine';
import { TitleFirstScreens } from './wiring/titleFirst';
import { SettingsDialog } from './ui/settingsDialog';
import { Notices } from './ui/notice';
import { effectiveTextScale, teacherMode, unlockForTeacher } from './app/teacher';
import { registerOffline } from './wiring/offline';

const params = new URLSearchParams(location.search);
const machineStore = openStore();
// Museum kiosk (?kiosk or a kiosk.json beside the game): a visitor's progress and settings live in memory only.
const kioskMode = kioskModeNow(params, machineStore);
void refreshKioskFile(params, machineStore, kioskMode, () => location.reload());
const visitStore = kioskMode.active ? new VisitStore() : null;
const visitStart = visitDefaults(kioskMode.config, loadOperatorSettings(machineStore));
const store = visitStore ?? machineStore;
const stored = readSettings(store, visitStore ? visitStart.language : pickLanguage(navigator.languages));
let settings: Settings = visitStore ? { ...stored.settings, volume: visitStart.volume } : stored.settings;
const i18n = new I18n(settings.language);
document.documentElement.lang = settings.language;

const teacher = (): boolean => teacherMode(location.search, settings.teacher);

function applySettings(): void {
  document.body.classList.toggle('teacher', teacher());
  document.documentElement.style.setProperty('--text-scale', String(effectiveTextScale(settings.textScale, teacher())));
  document.body.classList.toggle('reduced-motion', settings.reducedMotion);
}

const ui = document.getElementById('ui') as HTMLElement;
const notices = new Notices(document.getElementById('app') as HTMLElement, i18n);
if (!store.persistent && !visitStore) notices.storageOff();
if (stored.notice) notices.saveProblem(stored.notice, 'settings');
registerOffline(notices);
const sound = new SoundService({ urls: soundUrls, storage: store });
if (visitStore) sound.setVolume(settings.volume);
const unlockAudio = (): void => sound.unlock();
window.addEventListener('pointerdown', unlockAudio, { once: true, capture: true });
window.addEventListener('keydown', unlockAudio, { once: true, capture: true });
const settingsDialog = new SettingsDialog(document.getElementById('app') as HTMLElement, {
  i18n,
  get: () => settings,
  change: (patch) => {
    settings = { ...settings, ...patch };
    if (patch.volume !== undefined) sound.setVolume(patch.volume);
    if (patch.muted !== undefined) sound.setMuted(patch.muted);
    if (!saveSettings(store, settings) && store.persistent) notices.storageFull();
    applySettings();
    if (patch.language) {
      document.documentElement.lang = patch.language;
      i18n.setLanguage(patch.language);
    }
  },
});
applySettings();

const screens = new TitleFirstScreens(ui, i18n, {
  openSettings: () => settingsDialog.open(),
  tap: () => sound.play('uiTap'),
});
if (!visitStore) screens.showEarlyTitle();
const inspector = createInspector(params.has('inspect'));

const progress = new Progress(store);
if (progress.notice) notices.saveProblem(progress.notice, 'progress');
const campaign = new Campaign(progress);
let linkedLevel = params.get('level');
const reducedMotion = (): boolean =>
  settings.reducedMotion || (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
let game: Game | null = null;
/** What the kiosk controller is handed (kiosk mode only; its code loads with the game's). */
function kioskDeps(): KioskDeps {
  return {
    mode: kioskMode,
    i18n,
    layer: document.getElementById('app') as HTMLElement,
    operator: loadOperatorSettings(machineStore),
    saveOperator: (o) => saveOperatorSettings(machineStore, o),
    report: (patch) => inspector.update(patch),
    toAttract: (revive) => {
      if (!game) throw new Error('the game has not started');
      // Sleep and wake restart Phaser's frame loop, which an exception inside a frame ends.
      if (revive) {
        game.loop.sleep();
        game.loop.wake();
      }
      for (const scene of game.scene.getScenes(false)) {
        if (scene.scene.key !== 'attract' && (scene.scene.isActive() || scene.scene.isPaused())) scene.scene.stop();
      }
      game.scene.start('attract');
    },
    frame: () => game?.loop.frame ?? null,
    clearVisit: (language, volume) => {
      settingsDialog.close();
      visitStore?.clear();
      progress.clear();
      settings = { ...defaultSettings(language), volume };
      sound.setMuted(false);
      sound.setVolume(volume);
      sound.setTone(null);
      applySettings();
      document.documentElement.lang = language;
      i18n.setLanguage(language);
    },
    setVolume: (volume) => sound.setVolume(volume),
    publicUrl: `${location.origin}${location.pathname}`,
    reload: () => location.reload(),
    exit: () => {
      const url = new URL(location.href);
      url.searchParams.set('kiosk', 'off');
      location.replace(url.href);
    },
  };
}
const kioskCode = kioskMode.active
  ? Promise.all([import('./ui/kiosk/kioskMode'), import('./app/kiosk/attractDemo')])
  : Promise.resolve(null);

const services: Omit<GameServices, 'play'> = {
  screens,
  inspect: inspector,
  preload: [
    { weight: 1, run: () => document.fonts.ready.then(() => undefined) },
    { weight: 2, run: () => sound.preload().then(() => undefined) },
  ],
  levels: (lab) =>
    lab
      ? LAB_LEVELS.map((l) => ({
          id: l.id,
          number: l.number,
          task: l.task.kind,
          stars: 0,
          locked: false,
          titleKey: l.titleKey,
          nameKey: l.nameKey,
        }))
      : unlockForTeacher(campaign.summaries(), teacher()),
  levelProblems: () => campaign.problems,
  firstLevel: () => {
    // `?level=<id>` opens a level at once: an open campaign level, a Lab world or a plain world.
    const id = linkedLevel;
    linkedLevel = null;
    // A kiosk always starts at its attract loop (its own `level=` names the start level).
    if (id === null || kioskMode.active) return null;
    if (campaign.level(id)) return campaign.unlocked(id) || teacher() ? id : null;
    return findLevel(id, LAB_LEVELS) ? id : null;
  },
  sound: () => sound.play('uiTap'),
};

// Once the title has been painted (so it never waits for them): the game engine and the play screen.
const loadGame = (): Promise<void> =>
  Promise.all([
    import('./game/start'),
    import('./wiring/play'),
    import('./wiring/classroom'),
    import('./app/levelsLoader'),
    kioskCode,
  ]).then(
    ([{ startGame }, { createPlayPort }, { createClassroom }, { campaignLevels, levelErrorMessage }, kioskModules]) => {
      const loaded = campaignLevels();
      campaign.setLevels(
        loaded.levels,
        loaded.errors.map((e) => ({ file: e.file, field: e.path, text: () => levelErrorMessage(i18n, e) })),
      );
      const kiosk = kioskModules ? new kioskModules[0].KioskController(kioskDeps()) : null;
      kiosk?.start();
      const engine = new PoolEngine(
        new EnginePool(
          // A crashed pool worker is replaced by the pool; the kiosk recovers silently, a player is told.
          watchWorkers(browserPortFactory(), (why) => {
            if (kiosk) kiosk.failure(why);
            else notices.show('workers.poolRestarted', { tone: 'info', timeoutMs: 12_000 });
          }),
          Math.max(1, navigator.hardwareConcurrency || 1),
        ),
      );
      const classroom = createClassroom({
        i18n,
        host: document.getElementById('app') as HTMLElement,
        root: ui,
        live: document.getElementById('live') as HTMLElement,
        inspector,
        engine,
        store,
        teacher,
        kiosk: () => params.has('kiosk') || document.body.classList.contains('kiosk'),
        notify: (key, p) => notices.show(key, { params: p, tone: 'warning' }),
      });
      const play = createPlayPort({
        i18n,
        root: ui,
        microscopeRoot: document.getElementById('microscope') as HTMLElement,
        live: document.getElementById('live') as HTMLElement,
        inspector,
        engine,
        sharing: classroom.sharing,
        sound: (name) => sound.play(name),
        tone: (loss) => sound.setTone(loss),
        openSettings: () => settingsDialog.open(),
        findLevel: (id) => campaign.playLevel(id) ?? findLevel(id, LAB_LEVELS),
        campaign: { overlay: document.getElementById('app') as HTMLElement, campaign, reducedMotion },
        onCreature: kiosk ? (current) => kiosk.creatureSource(current) : undefined,
      });
      const attract = kiosk && kioskModules ? kiosk.attractPort(() => new kioskModules[1].AttractDemo()) : undefined;
      game = startGame(document.getElementById('game') as HTMLElement, {
        ...services,
        ...classroom.services,
        attract,
        play,
      });
      const textures = game.textures;
      inspector.setTextures(() => textureFigures(textures));
      if (kiosk) {
        // Context events do not bubble; a capturing listener on the canvas's parent hears them.
        const gameRoot = document.getElementById('game') as HTMLElement;
        gameRoot.addEventListener('webglcontextlost', () => kiosk.webglLost(true), true);
        gameRoot.addEventListener('webglcontextrestored', () => kiosk.webglLost(false), true);
      }
    },
  );
requestAnimationFrame(() => setTimeout(() => void loadGame(), 0));

/** Phaser's textures, for `?inspect` (the soak watches them: a texture left behind holds its pixels). */
function textureFigures(textures: Game['textures']): TextureFigures {
  const keys = textures.getTextureKeys();
  let bytes = 0;
  for (const key of keys) for (const src of textures.get(key).source) bytes += src.width * src.height * 4;
  return { count: keys.length, bytes };
}
