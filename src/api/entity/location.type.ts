import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'The box that holds a river or a region, in degrees (WGS 84).' })
export class BoundingBox {
  @Field(() => Float, { description: 'Westernmost longitude.' })
  west!: number;

  @Field(() => Float, { description: 'Southernmost latitude.' })
  south!: number;

  @Field(() => Float, { description: 'Easternmost longitude.' })
  east!: number;

  @Field(() => Float, { description: 'Northernmost latitude.' })
  north!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Where a place is on the earth (WGS 84 degrees): a point; for a river or a region a representative point and its box. Curated, approximate: see uncertaintyKm.',
})
export class GeoLocation {
  @Field(() => Float, { description: 'Latitude of the point, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the point, -180 to 180.' })
  longitude!: number;

  @Field(() => BoundingBox, { nullable: true, description: 'For a river or a region: the box that holds it.' })
  box!: BoundingBox | null;

  @Field(() => Float, {
    nullable: true,
    description: 'How many kilometres off the point may be, where the position itself is uncertain.',
  })
  uncertaintyKm!: number | null;
}
