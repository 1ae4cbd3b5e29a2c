/**
 * After the DOM overlay changes the page layout (the play screen gives the canvas a smaller cell),
 * make the canvas match its parent now rather than at the scale manager's next periodic check.
 */
import type * as Phaser from 'phaser';

export function fitToParent(scene: Phaser.Scene): void {
  scene.scale.getParentBounds();
  scene.scale.refresh();
}
