from django.db import models


class Shelf(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Slot(models.Model):
    by_text = models.ForeignKey(Shelf, on_delete=models.SET('1'), related_name='text_slots')
    by_float = models.ForeignKey(Shelf, on_delete=models.SET(1.9), related_name='float_slots')
    by_bool = models.ForeignKey(Shelf, on_delete=models.SET(True), related_name='bool_slots')
    by_blank = models.ForeignKey(Shelf, on_delete=models.SET(''), null=True, related_name='blank_slots')
    by_int = models.ForeignKey(Shelf, on_delete=models.SET(1), related_name='int_slots')


class Tag(models.Model):
    name = models.CharField(max_length=20)


class Label(models.Model):
    first = models.ForeignKey(Tag, on_delete=models.SET_NULL, null=True, related_name='first_labels')
    tag = models.ForeignKey(Tag, on_delete=models.SET('none'))
