// Types for scripts/browsers.mjs, which the TypeScript tests import (the .mjs is shared with
// scripts/start.mjs, which runs without a TypeScript step).
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';

export declare const CHROME_DIST: string;
export declare const FIREFOX_DIST: string;
export declare const GECKO_ID: string;
export declare const FIREFOX_UUID: string;
export declare function chromiumPath(): string;
export declare function firefoxPath(): string;
export declare function chromiumArgs(extensionDir: string): string[];

export interface ClickOptions {
  /** Presses tried before giving up; a press is repeated only if it never reached the extension. */
  attempts?: number;
  /** Milliseconds to wait for the extension's click counter to move after each press. */
  wait?: number;
}

export interface ChromiumGloss {
  browserName: 'chromium';
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID */
  origin: string;
  userDataDir: string;
  /** The extension's service worker (the live one, if Chrome restarted it). */
  readonly worker: Worker;
  /** globalThis.__glossClicks in the worker: toolbar presses that reached action.onClicked. */
  clicks(): Promise<number>;
  /** The browser's tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** The real toolbar click for this page's tab (toggles Gloss). Throws if it never arrives. */
  clickAction(page: Page, options?: ClickOptions): Promise<void>;
  /** Opens sidepanel.html?tabId=<tab of tabPage> as a tab. */
  openPanel(tabPage: Page): Promise<Page>;
  /** Closes the browser and removes the user-data-dir if the harness made it. */
  close(): Promise<void>;
}

export interface FirefoxGloss {
  browserName: 'firefox';
  browser: PuppeteerBrowser;
  extensionId: string;
  uuid: string;
  /** moz-extension://UUID */
  origin: string;
  /** A raw WebDriver BiDi command; resolves to its result. */
  send(method: string, params: object): Promise<any>;
  /** Evaluates an expression in the browser's chrome scope (privileged) and returns its value. */
  chromeEval(expression: string): Promise<unknown>;
  /** Opens an extension page (path relative to the add-on root) in a new tab. */
  openExtensionPage(path: string): Promise<PuppeteerPage>;
  clicks(): Promise<number>;
  tabIdOf(page: PuppeteerPage): Promise<number>;
  newPage(): Promise<PuppeteerPage>;
  clickAction(page: PuppeteerPage, options?: ClickOptions & { verify?: boolean }): Promise<void>;
  openPanel(tabPage: PuppeteerPage): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

export interface LaunchChromiumOptions {
  /** Defaults to dist/chrome. */
  extensionDir?: string;
  /** Reuse a profile (e.g. to test persistence across a relaunch); a fresh temp dir otherwise. */
  userDataDir?: string;
  headless?: boolean;
  executablePath?: string;
  /** null: follow the window size (headed use). */
  viewport?: { width: number; height: number } | null;
  /** More command-line switches, e.g. --host-resolver-rules for tests that need several host names. */
  extraArgs?: string[];
}
export declare function launchChromium(opts?: LaunchChromiumOptions): Promise<ChromiumGloss>;
export declare function launchFirefox(opts?: { extensionDir?: string; headless?: boolean; executablePath?: string }): Promise<FirefoxGloss>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export declare function blend(rgba: [number, number, number, number], under?: [number, number, number]): [number, number, number];
export declare function countPixels(
  page: Page | PuppeteerPage,
  rect: Rect,
  rgb: [number, number, number],
  tolerance?: number,
): Promise<number>;
export declare function countInPng(png: Uint8Array, rect: Rect | null, rgb: [number, number, number], tolerance?: number): number;
export declare function diffPixels(a: Uint8Array, b: Uint8Array, tolerance?: number): number;
export interface MarkBox extends Rect {
  name: string;
  text: string;
}
export declare function findMark(
  page: Page | PuppeteerPage,
  names: string[],
  within?: string,
  text?: string | null,
): Promise<MarkBox | null>;
export declare function hoverForCard(page: Page, mark: Rect, options?: { timeout?: number; minChanged?: number }): Promise<number>;
