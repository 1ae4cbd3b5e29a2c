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
import { createInspector } from './app/inspect';
import { readSettings, saveSettings, type Settings } from './app/settings';
import { openStore } from './app/storage';
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
const store = openStore();
const stored = readSettings(store, pickLanguage(navigator.languages));
let settings: Settings = stored.settings;
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
if (!store.persistent) notices.storageOff();
if (stored.notice) notices.saveProblem(stored.notice, 'settings');
registerOffline(notices);
const sound = new SoundService({ urls: soundUrls, storage: store });
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
screens.showEarlyTitle();
const inspector = createInspector(params.has('inspect'));

const progress = new Progress(store);
if (progress.notice) notices.saveProblem(progress.notice, 'progress');
const campaign = new Campaign(progress);
let linkedLevel = params.get('level');
const reducedMotion = (): boolean =>
  settings.reducedMotion || (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);

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
    if (id === null) return null;
    if (campaign.level(id)) return campaign.unlocked(id) ? id : null;
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
  ]).then(([{ startGame }, { createPlayPort }, { createClassroom }, { campaignLevels, levelErrorMessage }]) => {
    const loaded = campaignLevels();
    campaign.setLevels(
      loaded.levels,
      loaded.errors.map((e) => ({ file: e.file, field: e.path, text: () => levelErrorMessage(i18n, e) })),
    );
    const engine = new PoolEngine(
      new EnginePool(browserPortFactory(), Math.max(1, navigator.hardwareConcurrency || 1)),
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
    });
    startGame(document.getElementById('game') as HTMLElement, { ...services, ...classroom.services, play });
  });
requestAnimationFrame(() => setTimeout(() => void loadGame(), 0));
