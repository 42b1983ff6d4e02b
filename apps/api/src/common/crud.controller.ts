import { Body, Delete, Get, HttpCode, Param, Post, Put, Query, Res, type Type } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ObjectLiteral } from 'typeorm';
import { DomainError } from '@lab/domain';
import { CurrentActor } from './actor.decorators';
import type { Actor } from './actor';
import type { CrudService, Json } from './crud.service';
import { IdPipe } from './id.pipe';

const LIST_QUERIES = [
  { name: 'sort', required: false, description: 'JSON pair, e.g. ["title","ASC"]' },
  { name: 'range', required: false, description: 'JSON pair of inclusive offsets, e.g. [0,24]' },
  { name: 'filter', required: false, description: 'JSON object, e.g. {"q":"werk","phase":["scenario","experiment"],"startDate_gte":"2016-01-01"}' },
];

/** list and get in react-admin's simple-rest dialect; the answer's total goes in Content-Range. */
export function ReadController<E extends ObjectLiteral & { id: number }>(label: string) {
  abstract class ReadControllerBase {
    protected abstract readonly service: CrudService<E>;

    @Get()
    @ApiOperation({ summary: `List ${label} records (sort, range, filter)` })
    @ApiQuery(LIST_QUERIES[0]) @ApiQuery(LIST_QUERIES[1]) @ApiQuery(LIST_QUERIES[2])
    async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response, @CurrentActor() actor: Actor): Promise<Json[]> {
      const page = await this.service.list(query, actor);
      res.setHeader('Content-Range', page.contentRange);
      return page.rows;
    }

    @Get(':id')
    @ApiOperation({ summary: `One ${label}` })
    @ApiParam({ name: 'id', type: Number })
    get(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<Json> {
      return this.service.read(id, actor);
    }
  }
  return ReadControllerBase;
}

/** Full CRUD; each body is validated, once, against the resource's own DTO classes. */
export function CrudController<E extends ObjectLiteral & { id: number }>(
  label: string,
  dtos: { create: Type<unknown>; update: Type<unknown> },
) {
  abstract class CrudControllerBase extends ReadController<E>(label) {
    @Post()
    @ApiOperation({ summary: `Create a ${label}` })
    @ApiBody({ type: dtos.create })
    create(@Body() body: object, @CurrentActor() actor: Actor): Promise<Json> {
      return this.service.create({ ...body }, actor);
    }

    @Put(':id')
    @ApiOperation({ summary: `Update a ${label}; send the version you read (stale → 409)` })
    @ApiParam({ name: 'id', type: Number })
    @ApiBody({ type: dtos.update })
    update(@Param('id', IdPipe) id: number, @Body() body: object, @CurrentActor() actor: Actor): Promise<Json> {
      return this.service.update(id, { ...body }, actor);
    }

    @Delete(':id')
    @ApiOperation({ summary: `Delete a ${label} (409 when other records still refer to it)` })
    @ApiParam({ name: 'id', type: Number })
    remove(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<Json> {
      return this.service.remove(id, actor);
    }
  }
  // The global validation pipe checks a body against its parameter's type; a generic class erases it, so it is set here.
  bodyType(CrudControllerBase, 'create', 0, dtos.create);
  bodyType(CrudControllerBase, 'update', 1, dtos.update);
  return CrudControllerBase;
}

function bodyType(target: abstract new (...args: never[]) => unknown, method: string, index: number, type: Type<unknown>): void {
  const types: unknown[] = [...(Reflect.getMetadata('design:paramtypes', target.prototype, method) ?? [])];
  types[index] = type;
  Reflect.defineMetadata('design:paramtypes', types, target.prototype, method);
}

/** For append-only history (gate decisions, audit events) and reference data: say how to change it. */
export function ReadOnlyController<E extends ObjectLiteral & { id: number }>(label: string, how: string) {
  abstract class ReadOnlyControllerBase extends ReadController<E>(label) {
    @Post()
    @HttpCode(405)
    @ApiOperation({ summary: `Not allowed: ${how}` })
    create(): never {
      throw new DomainError('METHOD_NOT_ALLOWED', `${label} records cannot be created here: ${how}`);
    }

    @Put(':id')
    @ApiOperation({ summary: `Not allowed: ${how}` })
    update(): never {
      throw new DomainError('METHOD_NOT_ALLOWED', `${label} records cannot be changed: ${how}`);
    }

    @Delete(':id')
    @ApiOperation({ summary: `Not allowed: ${how}` })
    remove(): never {
      throw new DomainError('METHOD_NOT_ALLOWED', `${label} records cannot be deleted: ${how}`);
    }
  }
  return ReadOnlyControllerBase;
}
