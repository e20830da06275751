import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.http.controller.js';
import { WorkspaceController } from './workspace.http.controller.js';

/**
 * The management dashboard and the advisers' workspace: static pages and their assets; every figure on
 * them comes from the API with the user's token.
 */
@Module({ controllers: [DashboardController, WorkspaceController] })
export class DashboardModule {}
